package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

class ConnectorInstallCommandTest {

    private static final byte[] JAR = {'P', 'K', 3, 4};

    @TempDir
    Path folder;

    private final FakeServices.Installer installer = new FakeServices.Installer();
    private final ConnectorInstallCommand command = new ConnectorInstallCommand();
    private final Output out = new Output();
    private final Output err = new Output();

    @Test
    void installsTheFileAtAPathAndPrintsTheConnector() throws IOException {
        command.location = write().toString();

        run();

        assertArrayEquals(JAR, installer.installedBytes);
        assertEquals("Installed connector demo 1.2.3 (DEMO) as bundle 42: ACTIVE", out.text().strip());
        assertEquals("", err.text());
    }

    @Test
    void readsAFileUrlToo() throws IOException {
        command.location = write().toUri().toString();

        run();

        assertArrayEquals(JAR, installer.installedBytes);
    }

    @Test
    void printsEveryReasonOfARefusal() throws IOException {
        command.location = write().toString();
        installer.refusal = new ProblemException(Problem.invalid("connector demo 1.2.3 was not installed", List.of(
                new FieldError("imports", "nothing installed provides com.acme"),
                new FieldError("activation", "boom"))));

        run();

        assertEquals(List.of("Refused (422 Unprocessable Content): connector demo 1.2.3 was not installed",
                "  - imports: nothing installed provides com.acme", "  - activation: boom"),
                err.text().lines().toList());
        assertEquals("", out.text());
    }

    @Test
    void saysWhenTheFileCannotBeRead() {
        command.location = folder.resolve("missing.jar").toString();

        run();

        assertTrue(err.text().startsWith("Cannot read " + command.location), err.text());
    }

    private Path write() throws IOException {
        return Files.write(folder.resolve("demo.jar"), JAR);
    }

    private void run() {
        command.installer = installer;
        command.run(out.stream, err.stream);
    }
}

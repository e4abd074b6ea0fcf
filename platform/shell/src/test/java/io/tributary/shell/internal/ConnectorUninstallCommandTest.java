package io.tributary.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;

class ConnectorUninstallCommandTest {

    private final FakeServices.Installer installer = new FakeServices.Installer();
    private final ConnectorUninstallCommand command = new ConnectorUninstallCommand();
    private final Output out = new Output();
    private final Output err = new Output();

    @BeforeEach
    void pointAtDemo() {
        command.installer = installer;
        command.id = "demo";
        command.version = "1.2.3";
    }

    @Test
    void uninstallsAndSaysWhat() {
        command.run(out.stream, err.stream);

        assertEquals("demo 1.2.3", installer.uninstalled);
        assertEquals("Uninstalled connector demo 1.2.3", out.text().strip());
    }

    @Test
    void passesForceOn() {
        command.force = true;

        command.run(out.stream, err.stream);

        assertEquals("demo 1.2.3 forced", installer.uninstalled);
    }

    @Test
    void printsEveryUserWhenTheConnectorIsInUse() {
        installer.refusal = new ProblemException(new Problem("about:blank", "Conflict", 409,
                "connector demo 1.2.3 is in use", List.of(new FieldError("usage", "flow \"Orders\" (f-12)"),
                new FieldError("usage", "flow \"Invoices\" (f-13)"))));

        command.run(out.stream, err.stream);

        assertEquals(List.of("Refused (409 Conflict): connector demo 1.2.3 is in use",
                "  - usage: flow \"Orders\" (f-12)", "  - usage: flow \"Invoices\" (f-13)"),
                err.text().lines().toList());
    }

    @Test
    void printsWhenTheConnectorIsUnknown() {
        installer.refusal = new ProblemException(Problem.of(404, "Not Found", "no connector demo 1.2.3 is installed"));

        command.run(out.stream, err.stream);

        assertEquals("Refused (404 Not Found): no connector demo 1.2.3 is installed", err.text().strip());
    }
}

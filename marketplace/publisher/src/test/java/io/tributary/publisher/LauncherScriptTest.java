package io.tributary.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/tributary-publish} in a distribution's layout, with a stand-in {@code java} that echoes its arguments. */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("src/main/bin/tributary-publish");

    @TempDir
    Path distribution;

    @Test
    void runsTheJarNextToTheDistributionWithJavaHomeAndEveryArgument() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        Path bin = Files.createDirectories(distribution.resolve("bin"));
        Files.copy(SCRIPT, bin.resolve("tributary-publish"));
        Files.createDirectories(distribution.resolve("tools"));
        Files.writeString(distribution.resolve("tools/tributary-publisher.jar"), "a jar");
        Path javaHome = distribution.resolve("jdk");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor arg in \"$@\"; do echo \"[$arg]\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        Path link = Files.createSymbolicLink(distribution.resolve("tributary-publish"),
                bin.resolve("tributary-publish"));

        ProcessBuilder launcher = new ProcessBuilder("/bin/sh", link.toString(), "publish", "my artifact.jar")
                .redirectErrorStream(true);
        launcher.environment().put("JAVA_HOME", javaHome.toString());
        Process process = launcher.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(true, process.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        Path jar = distribution.toRealPath().resolve("tools/tributary-publisher.jar");
        assertEquals("[-jar]\n[" + jar + "]\n[publish]\n[my artifact.jar]\n", output);
    }
}

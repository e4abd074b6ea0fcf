package io.tributary.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void withoutArgumentsItListsTheCommandsAndExitsWithTwo() {
        Cli.Result result = Cli.run();

        assertEquals(2, result.exitCode());
        for (String command : new String[] {"keygen", "register", "sign", "publish"}) {
            assertTrue(result.err().contains("  " + command + " "), result.err());
        }
    }

    @Test
    void helpListsTheCommandsAndSucceeds() {
        Cli.Result result = Cli.run("--help");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("Usage: tributary-publish <command> [options]"), result.out());
    }

    @Test
    void eachCommandExplainsItself() {
        for (String command : new String[] {"keygen", "register", "sign", "publish"}) {
            Cli.Result result = Cli.run(command, "--help");

            assertEquals(0, result.exitCode(), command);
            assertTrue(result.out().startsWith("Usage: tributary-publish " + command), result.out());
        }
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        Cli.Result unknownCommand = Cli.run("upload", "a.jar");
        Cli.Result unknownOption = Cli.run("sign", "--kee", "private.pem", "a.jar");
        Cli.Result missingValue = Cli.run("sign", "a.jar", "--key");
        Cli.Result twice = Cli.run("sign", "--key", "a.pem", "--key=b.pem", "a.jar");

        assertEquals(2, unknownCommand.exitCode());
        assertTrue(unknownCommand.err().contains("unknown command upload"), unknownCommand.err());
        assertEquals(2, unknownOption.exitCode());
        assertTrue(unknownOption.err().contains("unknown option --kee"), unknownOption.err());
        assertTrue(unknownOption.err().contains("Usage: tributary-publish sign"), unknownOption.err());
        assertEquals(2, missingValue.exitCode());
        assertTrue(missingValue.err().contains("--key needs a value"), missingValue.err());
        assertEquals(2, twice.exitCode());
        assertTrue(twice.err().contains("--key is given twice"), twice.err());
    }

    @Test
    void aUrlThatIsNotHttpIsAUsageError() {
        Cli.Result result = Cli.run("register", "--url", "ftp://example.com", "--token", "t", "--name", "n",
                "--public-key", "public.pem");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--url must be an http or https address"), result.err());
    }
}

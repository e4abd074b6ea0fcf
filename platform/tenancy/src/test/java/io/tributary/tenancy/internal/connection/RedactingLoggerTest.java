package io.tributary.tenancy.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.System.Logger.Level;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tributary.tenancy.internal.CapturingLogger;

class RedactingLoggerTest {

    private final CapturingLogger platformLog = new CapturingLogger("connector");
    private final System.Logger logger = new RedactingLogger(platformLog, new Redactor(List.of("hunter2", "hunter")));

    @Test
    void masksSecretsInMessages() {
        logger.log(Level.INFO, "password is hunter2");

        assertEquals(List.of("INFO password is ********"), platformLog.lines);
    }

    @Test
    void masksSecretsPassedAsParameters() {
        logger.log(Level.INFO, "user {0} with password {1}", "ann", "hunter2");

        assertEquals(List.of("INFO user ann with password ********"), platformLog.lines);
    }

    @Test
    void masksSecretsInExceptionsAndTheirCauses() {
        logger.log(Level.ERROR, "failed", new IllegalStateException("bad hunter2",
                new IllegalArgumentException("hunter was refused")));

        assertEquals(List.of("ERROR failed | java.lang.IllegalStateException: bad ********"
                + " | java.lang.IllegalArgumentException: ******** was refused"), platformLog.lines);
    }

    @Test
    void masksSecretsInSuppliedMessages() {
        logger.log(Level.DEBUG, () -> "token hunter2");

        assertEquals(List.of("DEBUG token ********"), platformLog.lines);
    }
}

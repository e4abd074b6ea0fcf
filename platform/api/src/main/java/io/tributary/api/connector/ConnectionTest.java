package io.tributary.api.connector;

import java.util.Objects;

/**
 * The result of testing a connection.
 *
 * @param ok      whether the connection works
 * @param message what was found, for a person to read; says what to fix when {@code ok} is false
 */
public record ConnectionTest(boolean ok, String message) {

    public ConnectionTest {
        Objects.requireNonNull(message, "message");
    }

    public static ConnectionTest ok(String message) {
        return new ConnectionTest(true, message);
    }

    public static ConnectionTest failed(String message) {
        return new ConnectionTest(false, message);
    }
}

package io.tributary.connector.testkit;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A connection that must fail its test, e.g. a wrong password.
 *
 * @param description  what is wrong with it, to name the test, e.g. {@code wrong password}
 * @param connection   the connection configuration
 * @param expectedWord a word the failure message must contain (case does not matter), e.g. {@code password}
 */
public record BrokenConnection(String description, ObjectNode connection, String expectedWord) {

    public BrokenConnection {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(expectedWord, "expectedWord");
    }
}

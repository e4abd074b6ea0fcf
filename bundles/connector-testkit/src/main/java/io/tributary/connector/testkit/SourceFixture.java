package io.tributary.connector.testkit;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A source operation with test data the connector's test has prepared.
 *
 * @param operation    the operation's name in the descriptor
 * @param config       its configuration
 * @param pageSize     the page size the contract reads with
 * @param expectedKeys the keys of every record the source holds: at least two and a half pages, no duplicates
 */
public record SourceFixture(String operation, ObjectNode config, int pageSize, List<String> expectedKeys) {

    public SourceFixture {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(config, "config");
        expectedKeys = List.copyOf(expectedKeys);
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, not " + pageSize);
        }
        // 2.5 pages: a resume after page two must still have records to read
        if (expectedKeys.size() * 2 < pageSize * 5) {
            throw new IllegalArgumentException("the source needs at least 2.5 pages of test data: "
                    + expectedKeys.size() + " records at a page size of " + pageSize);
        }
        if (new HashSet<>(expectedKeys).size() != expectedKeys.size()) {
            throw new IllegalArgumentException("expectedKeys has duplicates");
        }
    }
}

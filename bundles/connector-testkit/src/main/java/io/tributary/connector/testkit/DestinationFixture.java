package io.tributary.connector.testkit;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Record;
import io.tributary.api.connector.WriteMode;

/**
 * A destination operation and records to write to it.
 *
 * @param operation the operation's name in the descriptor
 * @param config    its configuration
 * @param mode      the write mode, one the descriptor declares for the operation
 * @param records   the records, at least one, no more than the operation's maxBatch
 */
public record DestinationFixture(String operation, ObjectNode config, WriteMode mode, List<Record> records) {

    public DestinationFixture {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(mode, "mode");
        records = List.copyOf(records);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a destination fixture needs records to write");
        }
    }
}

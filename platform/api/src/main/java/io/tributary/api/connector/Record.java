package io.tributary.api.connector;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One record: a JSON object and the key that identifies it in its system, used to upsert, to match errors with
 * later successes, and to report outcomes.
 *
 * @param key  the record's key; never null (a source without natural keys makes one up that is stable per record)
 * @param data the record's fields
 */
public record Record(String key, ObjectNode data) {

    public Record {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(data, "data");
    }
}

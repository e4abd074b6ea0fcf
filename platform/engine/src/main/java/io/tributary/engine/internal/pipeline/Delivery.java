package io.tributary.engine.internal.pipeline;

import io.tributary.api.connector.Record;

/**
 * One transformed record bound for one destination.
 *
 * @param destination the index in {@link Pipeline#destinations()}
 * @param record      the record to write
 */
public record Delivery(int destination, Record record) {
}

package io.tributary.engine.internal.pipeline;

import java.util.List;

import io.tributary.api.connector.Record;

/**
 * What the steps made of one source record.
 *
 * @param source     the record as read
 * @param deliveries what to write where; empty when it was ignored or failed everywhere
 * @param issues     where it was ignored or failed; with {@code mode: "all"} branches a record can be delivered on
 *                   one route and fail on another
 */
public record Routed(Record source, List<Delivery> deliveries, List<StepIssue> issues) {

    public Routed {
        deliveries = List.copyOf(deliveries);
        issues = List.copyOf(issues);
    }
}

package io.tributary.rest.internal.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /errors/{id}/retry}; it may be left out to retry the record as it is. */
public record RetryRequest(@Schema(description = "the record's data to send instead, kept as the error's record")
                           ObjectNode record) {
}

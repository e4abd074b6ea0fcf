package io.tributary.integrations.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;

import io.tributary.api.marketplace.IntegrationService;

/** {@code integration.schema.json} of the api bundle, compiled once. */
final class DescriptorSchema {

    private final JsonSchema schema = Schemas.resource(IntegrationService.class, IntegrationService.SCHEMA_RESOURCE);

    /** What the descriptor breaks, in words naming where. */
    List<String> faults(JsonNode descriptor) {
        return schema.validate(descriptor).stream().map(message -> message.getMessage()).sorted().toList();
    }
}

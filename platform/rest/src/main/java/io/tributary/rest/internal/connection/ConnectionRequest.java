package io.tributary.rest.internal.connection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.api.tenancy.ConnectionDraft;
import io.tributary.rest.internal.validation.Required;

/**
 * The body of {@code POST /connections} and {@code PUT /connections/{id}}. On a PUT, a secret left out of
 * {@code config} or sent back masked keeps its stored value. The read-only fields of a connection as read are
 * ignored, so a client can send back what it read.
 */
@JsonIgnoreProperties({"id", "createdAt", "updatedAt"})
public record ConnectionRequest(@Required String workspaceId, @Required ConnectorRef connector, @Required String name,
                                @Schema(description = "Validated against the connector's connection schema; "
                                        + "empty when absent") ObjectNode config) {

    ConnectionDraft toDraft() {
        ObjectNode settings = config == null ? JsonNodeFactory.instance.objectNode() : config;
        return new ConnectionDraft(workspaceId, connector.id(), connector.version(), name, settings);
    }
}

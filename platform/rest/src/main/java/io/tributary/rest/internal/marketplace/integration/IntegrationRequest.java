package io.tributary.rest.internal.marketplace.integration;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tributary.rest.internal.validation.Required;

/** The body of {@code POST /integrations}. */
public record IntegrationRequest(@Required @Schema(description = "an integration listing") String listingId,
                                 @Schema(description = "absent for the highest installable version") String version,
                                 @Schema(description = "the new workspace's name; absent for the integration's "
                                         + "name, made unique") String workspaceName,
                                 @Schema(description = "values for the integration's settings schema; absent for "
                                         + "its defaults") ObjectNode settings) {
}

package io.tributary.api.marketplace;

/**
 * A flow an installed integration made from one of its templates.
 *
 * @param template the template's key in {@code integration.json}
 * @param flowId   the flow
 * @param name     the flow's name
 * @param enabled  whether it is enabled
 */
public record IntegrationFlow(String template, String flowId, String name, boolean enabled) {
}

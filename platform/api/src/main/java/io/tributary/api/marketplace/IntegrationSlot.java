package io.tributary.api.marketplace;

/**
 * A connection an installed integration's flows need.
 *
 * @param name         the slot's name in {@code integration.json}
 * @param title        what to connect, in words
 * @param connectorId  the connector its connection must use
 * @param range        the connector versions it accepts, an OSGi range
 * @param connectionId the connection its flows use: at first an empty shell created for the slot in the
 *                     integration's workspace
 * @param filled       whether that connection is complete (a connection someone saved, not the untouched shell)
 */
public record IntegrationSlot(String name, String title, String connectorId, String range, String connectionId,
                              boolean filled) {
}

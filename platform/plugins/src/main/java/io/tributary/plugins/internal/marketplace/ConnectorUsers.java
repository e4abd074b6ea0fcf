package io.tributary.plugins.internal.marketplace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.tributary.api.plugin.ConnectorUsage;

/** Asks every user of connectors (the flow engine) who uses a connector version, as the upload installer does. */
final class ConnectorUsers {

    private final Supplier<List<ConnectorUsage>> usages;

    ConnectorUsers(Supplier<List<ConnectorUsage>> usages) {
        this.usages = usages;
    }

    List<String> of(String connectorId, String version) {
        List<String> users = new ArrayList<>();
        for (ConnectorUsage usage : usages.get()) {
            try {
                users.addAll(usage.usersOf(connectorId, version));
            } catch (RuntimeException e) {
                // when a user cannot be asked, assume the worst: only force removes the connector then
                users.add("unknown (" + usage.getClass().getName() + " failed: " + e.getMessage() + ")");
            }
        }
        return users;
    }
}

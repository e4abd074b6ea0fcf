package io.tributary.engine.internal.connect;

import java.util.Optional;

import io.tributary.api.tenancy.OpenedConnection;

/** Opens a connection with its secrets for a run: {@code ConnectionService.open} in the platform. */
@FunctionalInterface
public interface ConnectionOpener {

    Optional<OpenedConnection> open(String connectionId);
}

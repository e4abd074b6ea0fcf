package io.tributary.rest.internal.connection;

import io.tributary.rest.internal.validation.Required;

/** The connector version a connection uses. */
public record ConnectorRef(@Required String id, @Required String version) {
}

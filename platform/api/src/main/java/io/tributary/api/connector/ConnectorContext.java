package io.tributary.api.connector;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.osgi.annotation.versioning.ProviderType;

/** What the platform hands a connector for one call: configuration, secrets, a logger and cancellation. */
@ProviderType
public interface ConnectorContext {

    /**
     * The connection's configuration, valid against the descriptor's connection schema, with secret fields
     * ({@code "writeOnly": true} in that schema) decrypted. Secrets must not be logged or put in messages.
     */
    ObjectNode connection();

    /** The operation's configuration, valid against the operation's config schema; empty for a connection test. */
    ObjectNode config();

    /** A logger for this call; the platform removes secret values from what is logged through it. */
    System.Logger logger();

    /**
     * Whether the run this call belongs to was cancelled. Long reads and writes check it between requests and stop
     * early, returning what they have or throwing a {@link ConnectorException}.
     */
    boolean isCancelled();
}

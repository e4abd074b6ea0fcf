package io.tributary.tenancy.internal.connection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.tenancy.internal.Json;
import io.tributary.tenancy.internal.Problems;
import io.tributary.tenancy.internal.Violations;

/**
 * Connection shells: configurations without their secrets, as exports, clones and imports carry them. A shell is
 * not validated, since the secrets it lacks are usually required; it is validated when someone completes it.
 */
public final class ConnectionShells {

    private final ConnectorLookup connectors;

    public ConnectionShells(ConnectorRegistry registry) {
        this.connectors = new ConnectorLookup(registry);
    }

    /** A stored configuration without its secrets: every envelope removed, no schema needed. */
    public static ObjectNode fromStored(ObjectNode stored) {
        return Envelopes.strip(stored);
    }

    /**
     * A shell from outside (an import): every field the connector's schema marks secret removed.
     *
     * @param fieldPrefix prefix of the field names in problems, e.g. {@code connections[2].}
     */
    public ObjectNode fromDocument(String connectorId, String version, ObjectNode config, String fieldPrefix) {
        SecretShape shape = SecretShape.of(ConnectorLookup.connectionSchema(
                connectors.connector(connectorId, version, fieldPrefix)));
        ObjectNode shell = config == null ? Json.object() : config.deepCopy();
        shape.replaceSecrets(shell, value -> null);
        Violations violations = new Violations();
        rejectEnvelopeLookalikes(shape, shell, fieldPrefix + "config", violations);
        violations.throwIfAny();
        if (Json.write(shell).length() > ConnectionConfigs.MAX_STORED_LENGTH) {
            throw Problems.invalid(fieldPrefix + "config", "is too large");
        }
        return shell;
    }

    /** Only the platform writes envelopes; one typed into a plain field would be decrypted for the connector. */
    static void rejectEnvelopeLookalikes(SecretShape shape, JsonNode config, String root, Violations violations) {
        shape.visitNonSecretTexts(config, root, (path, text) -> {
            if (text.startsWith(Envelopes.PREFIX)) {
                violations.add(path, "must not start with " + Envelopes.PREFIX + ", which marks encrypted secrets");
            }
        });
    }
}

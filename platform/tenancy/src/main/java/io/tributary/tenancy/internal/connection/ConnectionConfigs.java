package io.tributary.tenancy.internal.connection;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.tributary.api.plugin.ConnectorInfo;
import io.tributary.api.plugin.ConnectorRegistry;
import io.tributary.api.problem.FieldError;
import io.tributary.tenancy.internal.Json;
import io.tributary.tenancy.internal.Problems;
import io.tributary.tenancy.internal.Violations;

/**
 * Turns configurations as given into what is stored, following the connector's connection schema: validated
 * (with left-out or masked secrets taken from the stored state first), secret fields encrypted.
 */
final class ConnectionConfigs {

    /** Stored configurations stay below this many characters, well inside the column's width. */
    static final int MAX_STORED_LENGTH = 30_000;

    private final ConnectorLookup connectors;
    private final SecretCipher cipher;
    private final ConfigSchemas schemas = new ConfigSchemas();

    ConnectionConfigs(ConnectorRegistry registry, SecretCipher cipher) {
        this.connectors = new ConnectorLookup(registry);
        this.cipher = cipher;
    }

    /**
     * The stored form of a configuration: {@code draft} (null to keep {@code stored} as it is) with secrets left out
     * or masked taken from {@code stored} (null on creation), valid against the schema, secrets encrypted.
     */
    ObjectNode seal(String connectorId, String version, ObjectNode draft, ObjectNode stored) {
        ConnectorInfo connector = connectors.connector(connectorId, version, "");
        JsonNode schema = ConnectorLookup.connectionSchema(connector);
        SecretShape shape = SecretShape.of(schema);
        List<String> secretTexts = new ArrayList<>();
        ObjectNode storedPlain = stored == null ? Json.object() : cipher.openAll(stored, secretTexts::add);
        ObjectNode plain = draft == null ? storedPlain.deepCopy() : draft.deepCopy();
        shape.keepStored(plain, storedPlain);
        shape.replaceSecrets(plain.deepCopy(), value -> {
            Redactor.texts(value, secretTexts::add);
            return value;
        });
        Violations violations = new Violations();
        ConnectionShells.rejectEnvelopeLookalikes(shape, plain, "config", violations);
        violations.addAll(validate(connector, schema, plain, new Redactor(secretTexts)));
        violations.throwIfAny();
        ObjectNode sealed = plain.deepCopy();
        shape.replaceSecrets(sealed, value -> TextNode.valueOf(cipher.seal(value)));
        if (Json.write(sealed).length() > MAX_STORED_LENGTH) {
            throw Problems.invalid("config", "is too large");
        }
        return sealed;
    }

    private List<FieldError> validate(ConnectorInfo connector, JsonNode schema, ObjectNode plain, Redactor redactor) {
        String cacheKey = connector.id() + "@" + connector.version() + "#" + connector.bundleId();
        try {
            // messages rarely quote values; masking keeps a secret out of the 422 if one ever does
            return schemas.validate(cacheKey, schema, plain, "config").stream()
                    .map(error -> new FieldError(error.field(), redactor.redact(error.message())))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("connector", "has a connection schema that cannot be used");
        }
    }
}

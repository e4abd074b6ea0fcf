package io.tributary.connector.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The secret values of a connection: the fields its schema marks {@code "writeOnly": true}. The platform encrypts
 * them and promises never to show them, so a connector must not put them in messages or logs.
 */
final class Secrets {

    private Secrets() {
    }

    /** Field path to secret value, for every secret field the connection fills in, nested objects included. */
    static Map<String, String> in(JsonNode connectionSchema, JsonNode connection) {
        Map<String, String> secrets = new LinkedHashMap<>();
        collect("", connectionSchema, connection, secrets);
        return secrets;
    }

    /** Fails if {@code text} contains any of the secrets. */
    static void assertAbsent(Map<String, String> secrets, String text, String where) {
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            if (text != null && text.contains(secret.getValue())) {
                throw new AssertionError(where + " contains the secret value of '" + secret.getKey() + "': " + text
                        + " (if the secret is a common word, give the test connection a more distinctive one)");
            }
        }
    }

    private static void collect(String prefix, JsonNode schema, JsonNode value, Map<String, String> secrets) {
        schema.path("properties").properties().forEach(property -> {
            JsonNode field = value.path(property.getKey());
            String path = prefix + property.getKey();
            if (property.getValue().path("writeOnly").asBoolean(false) && field.isValueNode() && !field.isNull()
                    && !field.asText().isEmpty()) {
                secrets.put(path, field.asText());
            } else if (field.isObject()) {
                collect(path + ".", property.getValue(), field, secrets);
            }
        });
    }
}

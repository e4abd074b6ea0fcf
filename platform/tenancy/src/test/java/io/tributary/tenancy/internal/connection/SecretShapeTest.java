package io.tributary.tenancy.internal.connection;

import static io.tributary.tenancy.internal.Platform.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

class SecretShapeTest {

    /** writeOnly in nested properties, an if/then branch, a $ref, array items and additionalProperties. */
    private static final ObjectNode SCHEMA = json("""
            {'type': 'object',
             '$defs': {'secret': {'type': 'string', 'writeOnly': true}},
             'properties': {
               'auth': {'type': 'object', 'properties': {'user': {'type': 'string'},
                        'password': {'type': 'string', 'writeOnly': true}},
                        'allOf': [{'if': {'properties': {'type': {'const': 'bearer'}}},
                                   'then': {'properties': {'token': {'writeOnly': true}}}}]},
               'apiKey': {'$ref': '#/$defs/secret'},
               'servers': {'type': 'array', 'items': {'properties': {'host': {'type': 'string'},
                           'pin': {'type': 'integer', 'writeOnly': true}}}},
               'headers': {'type': 'object', 'additionalProperties': {'type': 'string', 'writeOnly': true}}}}""");

    private static final ObjectNode CONFIG = json("""
            {'auth': {'user': 'ann', 'password': 'p', 'token': 't'}, 'apiKey': 'k',
             'servers': [{'host': 'a', 'pin': 1}, {'host': 'b', 'pin': 2}],
             'headers': {'X-One': 'h1', 'X-Two': 'h2'}, 'plain': 'visible'}""");

    @Test
    void findsWriteOnlyFieldsAtAnyDepthInBranchesRefsItemsAndMaps() {
        List<String> secrets = new ArrayList<>();
        ObjectNode config = CONFIG.deepCopy();

        SecretShape.of(SCHEMA).replaceSecrets(config, value -> {
            secrets.add(value.asText());
            return TextNode.valueOf("*");
        });

        assertEquals(List.of("p", "t", "k", "2", "1", "h1", "h2"), secrets);
        assertEquals("ann", config.path("auth").path("user").asText());
        assertEquals("a", config.path("servers").path(0).path("host").asText());
        assertEquals("visible", config.path("plain").asText());
    }

    @Test
    void removingSecretsLeavesTheShell() {
        ObjectNode config = CONFIG.deepCopy();

        SecretShape.of(SCHEMA).replaceSecrets(config, value -> null);

        assertEquals(json("""
                {'auth': {'user': 'ann'}, 'servers': [{'host': 'a'}, {'host': 'b'}], 'headers': {},
                 'plain': 'visible'}"""), config);
    }

    @Test
    void maskedOrLeftOutSecretsTakeTheStoredValue() {
        ObjectNode draft = json("{'auth': {'user': 'bob', 'password': '********'}, 'apiKey': 'new'}");

        SecretShape.of(SCHEMA).keepStored(draft, CONFIG);

        assertEquals(json("{'auth': {'user': 'bob', 'password': 'p', 'token': 't'}, 'apiKey': 'new',"
                + " 'headers': {'X-One': 'h1', 'X-Two': 'h2'}}").path("auth"), draft.path("auth"));
        assertEquals("new", draft.path("apiKey").asText());
    }

    @Test
    void secretsAreNotKeptWhereTheirParentWasLeftOut() {
        ObjectNode draft = json("{'plain': 'only this'}");

        SecretShape.of(SCHEMA).keepStored(draft, CONFIG);

        assertEquals(json("{'plain': 'only this', 'apiKey': 'k'}"), draft);
    }

    @Test
    void aMaskWithNothingStoredIsDropped() {
        ObjectNode draft = json("{'apiKey': '********', 'auth': {'password': '********'}}");

        SecretShape.of(SCHEMA).keepStored(draft, json("{}"));

        assertEquals(json("{'auth': {}}"), draft);
    }

    @Test
    void visitsEveryPlainTextWithItsPath() {
        List<String> paths = new ArrayList<>();

        SecretShape.of(SCHEMA).visitNonSecretTexts(CONFIG, "config", (path, text) -> paths.add(path));

        assertEquals(List.of("config.auth.user", "config.servers[0].host", "config.servers[1].host", "config.plain"),
                paths);
    }

    @Test
    void aSchemaWithoutSecretsChangesNothing() {
        JsonNode before = CONFIG.deepCopy();

        SecretShape.of(json("{'type': 'object'}")).replaceSecrets(CONFIG, value -> null);

        assertEquals(before, CONFIG);
    }
}

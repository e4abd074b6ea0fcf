package io.tributary.engine.internal.definition;

import static io.tributary.engine.internal.definition.Definitions.WORKSPACE;
import static io.tributary.engine.internal.definition.Definitions.copyFlow;
import static io.tributary.engine.internal.definition.Definitions.everything;
import static io.tributary.engine.internal.definition.Definitions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.plugin.ConnectorState;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.Connection;

class FlowValidatorTest {

    private static final String SECRET = "a secret does not belong in a flow definition: set it on the connection";

    private final FlowValidator validator = Definitions.validator();

    @Test
    void aValidDefinitionComesBackWithEveryDefaultFilledIn() {
        ObjectNode definition = copyFlow();
        ((ArrayNode) definition.get("steps")).add(json("{'type': 'filter', 'condition': 'total > 0'}"));
        ((ArrayNode) definition.get("steps")).add(json("{'type': 'map', 'expression': '$'}"));
        ObjectNode original = definition.deepCopy();

        ObjectNode normalized = validator.validate(WORKSPACE, definition);

        assertEquals(original, definition, "the caller's definition is left as it was");
        assertEquals(json("""
                {'name': 'Orders copy', 'enabled': false, 'trigger': {'type': 'manual'},
                 'source': {'connection': 'db', 'operation': 'select', 'config': {'table': 'orders', 'keyColumns': ['id']},
                            'version': '[1.0.0,2.0.0)', 'sync': 'full'},
                 'steps': [{'type': 'map', 'expression': "{'id': id, 'total': qty * price}", 'name': 'map-1'},
                           {'type': 'filter', 'condition': 'total > 0', 'name': 'filter-1'},
                           {'type': 'map', 'expression': '$', 'name': 'map-2'}],
                 'destinations': [{'connection': 'db', 'operation': 'write',
                                   'config': {'table': 'orders_copy', 'keyColumns': ['id']},
                                   'name': 'destination-1', 'version': '[1.0.0,2.0.0)', 'mode': 'upsert'}],
                 'settings': {'pageSize': 500, 'concurrency': 1, 'overlap': 'skip',
                              'retry': {'attempts': 3, 'backoffMillis': 500, 'multiplier': 2.0, 'maxBackoffMillis': 30000}},
                 'alerts': {'subscribers': []}}"""), normalized);
    }

    @Test
    void everyKindOfStepPassesAndKeepsWhatWasGiven() {
        ObjectNode normalized = validator.validate(WORKSPACE, everything());

        assertEquals("[1.0,2.0)", normalized.at("/source/version").asText(), "a given range stays");
        assertEquals("[1.2.0,2.0.0)", normalized.at("/steps/2/version").asText());
        assertEquals("record", normalized.at("/steps/2/per").asText());
        assertEquals("first", normalized.at("/steps/3/mode").asText());
        assertEquals("[1.2.0,2.0.0)", normalized.at("/steps/3/routes/0/destinations/0/version").asText());
        assertEquals(200, normalized.at("/settings/pageSize").asInt());
        assertEquals(json("{'type': 'schedule', 'cron': '0 */5 * * * ?'}"), normalized.get("trigger"));
    }

    @Test
    void webhookFlowsNeedNoSourceAndKeyByIdByDefault() {
        ObjectNode plain = copyFlow();
        plain.remove("source");
        plain.set("trigger", json("{'type': 'webhook'}"));
        assertEquals(json("{'type': 'webhook', 'keyField': 'id'}"), validator.validate(WORKSPACE, plain).get("trigger"));

        ObjectNode listening = copyFlow();
        listening.remove("source");
        listening.set("trigger", json("{'type': 'webhook', 'connection': 'api', 'operation': 'webhook'}"));
        assertEquals(json("{'type': 'webhook', 'connection': 'api', 'operation': 'webhook', 'config': {},"
                + " 'version': '[1.2.0,2.0.0)'}"), validator.validate(WORKSPACE, listening).get("trigger"));
    }

    @Test
    void unixAndQuartzCronsAreBothAccepted() {
        for (String cron : List.of("*/5 * * * *", "0 0/15 8-18 ? * MON-FRI", "0 0 12 * * ? 2030")) {
            ObjectNode definition = copyFlow();
            definition.set("trigger", json("{'type': 'schedule', 'cron': '" + cron + "'}"));
            assertEquals(cron, validator.validate(WORKSPACE, definition).at("/trigger/cron").asText());
        }
    }

    @Test
    void aRangeIsResolvedToTheHighestActiveVersionAndDefaultsFromTheConnection() {
        ObjectNode definition = copyFlow();
        definition.with("source").put("connection", "db14");

        assertEquals("[1.4.0,2.0.0)", validator.validate(WORKSPACE, definition).at("/source/version").asText());
    }

    @Test
    void paramsOfALookupMayBringRequiredConfigFields() {
        ObjectNode definition = copyFlow();
        ((ArrayNode) definition.get("steps")).add(json("""
                {'type': 'lookup', 'connection': 'api', 'operation': 'get', 'as': 'c',
                 'config': {'keyField': 'id'}, 'params': "{'path': '/customers/' & id}"}"""));
        assertEquals("lookup-1", validator.validate(WORKSPACE, definition).at("/steps/1/name").asText());

        ((ObjectNode) definition.at("/steps/1")).remove("params");
        assertFields(definition, "steps[1].config.path");
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                bad("no name", copyFlow(), "", "/name", null, "name", "required"),
                bad("unknown field", copyFlow(), "/steps/0", "/colour", "'red'", "steps[0].colour", "not defined"),
                bad("bad cron", copyFlow(), "", "/trigger", "{'type': 'schedule', 'cron': '61 * * * *'}",
                        "trigger.cron", "Unix cron"),
                bad("cron of six fields", copyFlow(), "", "/trigger", "{'type': 'schedule', 'cron': '0 0 25 * * ?'}",
                        "trigger.cron", "Quartz cron"),
                bad("cron of three fields", copyFlow(), "", "/trigger", "{'type': 'schedule', 'cron': '* * *'}",
                        "trigger.cron", "has 3 fields"),
                bad("schedule without cron", copyFlow(), "", "/trigger", "{'type': 'schedule'}", "trigger.cron",
                        "required"),
                bad("cron on a manual trigger", copyFlow(), "", "/trigger", "{'type': 'manual', 'cron': '* * * * *'}",
                        "trigger.cron", "not allowed"),
                bad("unknown trigger", copyFlow(), "", "/trigger", "{'type': 'hourly'}", "trigger.type",
                        "enumeration"),
                bad("unknown connection", copyFlow(), "/source", "/connection", "'nope'", "source.connection",
                        "no such connection in this workspace"),
                bad("connection of another workspace", copyFlow(), "/source", "/connection", "'elsewhere'",
                        "source.connection", "no such connection in this workspace"),
                bad("no active version", copyFlow(), "/destinations/0", "/version", "'[3.0,4.0)'",
                        "destinations[0].version", "connector jdbc has no active version in [3.0,4.0)"),
                bad("only an installed version", copyFlow(), "/destinations", "/0",
                        "{'connection': 'api', 'operation': 'send', 'version': '[2.0,3.0)', 'config': {'path': '/x'}}",
                        "destinations[0].version", "connector http has no active version in [2.0,3.0)"),
                bad("not a range", copyFlow(), "/source", "/version", "'one'", "source.version",
                        "not an OSGi version range"),
                bad("empty range", copyFlow(), "/source", "/version", "'[2.0,1.0)'", "source.version", "empty range"),
                bad("unknown operation", copyFlow(), "/source", "/operation", "'scan'", "source.operation",
                        "is not an operation of connector jdbc 1.4.0 (its source operations: select)"),
                bad("destination used as source", copyFlow(), "/source", "/operation", "'write'", "source.operation",
                        "is a destination operation of connector jdbc 1.4.0, not a source one"),
                bad("config breaks its schema", copyFlow(), "/source/config", "/table", "'no such table!'",
                        "source.config.table", "pattern"),
                bad("config misses a field", copyFlow(), "/source/config", "/keyColumns", null,
                        "source.config.keyColumns", "required"),
                bad("delta without support", copyFlow(), "", "/source",
                        "{'connection': 'sheet', 'operation': 'rows', 'config': {'sheet': 'a'}, 'sync': 'delta'}",
                        "source.sync", "reads in full only"),
                bad("mode the operation lacks", copyFlow(), "/destinations", "/0",
                        "{'connection': 'sheet', 'operation': 'append', 'config': {'sheet': 'a'}, 'mode': 'update'}",
                        "destinations[0].mode", "is update, which operation append does not allow (it allows insert)"),
                bad("default mode the operation lacks", copyFlow(), "/destinations", "/0",
                        "{'connection': 'sheet', 'operation': 'append', 'config': {'sheet': 'a'}}",
                        "destinations[0].mode", "is upsert"),
                bad("unknown mode", copyFlow(), "/destinations/0", "/mode", "'merge'", "destinations[0].mode",
                        "enumeration"),
                bad("bad map expression", copyFlow(), "/steps/0", "/expression", "'{ \\'a\\': '",
                        "steps[0].expression", "is not a JSONata expression"),
                bad("bad map key", copyFlow(), "/steps/0", "/key", "'$string(id'", "steps[0].key",
                        "is not a JSONata expression"),
                bad("bad filter", copyFlow(), "/steps", "/0", "{'type': 'filter', 'condition': 'a >'}",
                        "steps[0].condition", "is not a JSONata expression"),
                bad("bad lookup params", everything(), "/steps/2", "/params", "'{'", "steps[2].params",
                        "is not a JSONata expression"),
                bad("per page without match", everything(), "/steps/2", "/per", "'page'", "steps[2].match",
                        "required"),
                bad("match per record", pageLookup(), "/steps/2", "/per", "'record'", "steps[2].match",
                        "not allowed"),
                bad("bad match.record", pageLookup(), "/steps/2/match", "/record", "'id ='",
                        "steps[2].match.record", "is not a JSONata expression"),
                bad("bad match.lookup", pageLookup(), "/steps/2/match", "/lookup", "'id ]'",
                        "steps[2].match.lookup", "is not a JSONata expression"),
                bad("bad route condition", everything(), "/steps/3/routes/0", "/condition", "'region = '",
                        "steps[3].routes[0].condition", "is not a JSONata expression"),
                bad("bad keyField", webhook(), "/trigger", "/keyField", "'id.'", "trigger.keyField",
                        "is not a JSONata expression"),
                bad("map expression nested too deeply", copyFlow(), "/steps/0", "/expression",
                        "'" + "(".repeat(1000) + "1" + ")".repeat(1000) + "'", "steps[0].expression",
                        "is not a JSONata expression: nests brackets deeper than"),
                bad("filter condition with a path too long", copyFlow(), "/steps", "/0",
                        "{'type': 'filter', 'condition': 'a" + ".b".repeat(5000) + "'}", "steps[0].condition",
                        "is not a JSONata expression: chains too many steps"),
                bad("keyField nested too deeply", webhook(), "/trigger", "/keyField",
                        "'" + "[".repeat(1000) + "id" + "]".repeat(1000) + "'", "trigger.keyField",
                        "is not a JSONata expression: nests brackets deeper than"),
                bad("webhook with a source", webhook(), "", "/source", "{'connection': 'db', 'operation': 'select',"
                        + " 'config': {'table': 'a', 'keyColumns': ['id']}}", "source", "must be left out"),
                bad("no source", copyFlow(), "", "/source", null, "source", "is required"),
                bad("webhook listener that is a source", webhook(), "", "/trigger",
                        "{'type': 'webhook', 'connection': 'api', 'operation': 'get'}", "trigger.operation",
                        "is a source operation of connector http 1.2.0, not a listener one (its listener operations: webhook)"),
                bad("webhook secret in the listener config", webhook(), "", "/trigger",
                        "{'type': 'webhook', 'connection': 'api', 'operation': 'webhook', 'config': {'secret': 's3'}}",
                        "trigger.config.secret", "not defined"),
                bad("keyField with a listener", webhook(), "", "/trigger",
                        "{'type': 'webhook', 'connection': 'api', 'operation': 'webhook', 'keyField': 'id'}",
                        "trigger.keyField", "not allowed"),
                bad("branch before the last step", everything(), "", "/steps",
                        "[{'type': 'branch', 'routes': [{'destinations': [{'connection': 'db', 'operation': 'write',"
                                + " 'config': {'table': 'a', 'keyColumns': ['id']}}]}]}, {'type': 'filter', 'condition': 'true'}]",
                        "steps[0]", "must be the last step"),
                bad("branch and flow destinations", everything(), "", "/destinations",
                        "[{'connection': 'db', 'operation': 'write', 'config': {'table': 'a', 'keyColumns': ['id']}}]",
                        "destinations", "must be empty"),
                bad("no destination", copyFlow(), "", "/destinations", "[]", "destinations",
                        "needs at least one destination"),
                bad("route without destination", everything(), "/steps/3/routes/1", "/destinations", "[]",
                        "steps[3].routes[1].destinations", "needs at least one destination"),
                bad("deep mode", everything(), "/steps/3/routes/1/destinations/0", "/mode", "'upsertish'",
                        "steps[3].routes[1].destinations[0].mode", "enumeration"),
                bad("no routes", everything(), "/steps/3", "/routes", "[]", "steps[3].routes", "at least 1"),
                bad("twice the same step name", everything(), "/steps/1", "/name", "'shape'", "steps[1].name",
                        "must be unique: steps[0] is named shape too"),
                bad("twice the same route name", everything(), "/steps/3/routes/1", "/name", "'eu'",
                        "steps[3].routes[1].name", "must be unique"),
                bad("a name with a slash", copyFlow(), "/steps/0", "/name", "'a/b'", "steps[0].name", "pattern"),
                bad("not an e-mail", copyFlow(), "", "/alerts", "{'subscribers': ['ops']}", "alerts.subscribers[0]",
                        "pattern"),
                bad("page too large", copyFlow(), "", "/settings", "{'pageSize': 20000}", "settings.pageSize",
                        "10000"),
                bad("too many attempts", copyFlow(), "", "/settings", "{'retry': {'attempts': 11}}",
                        "settings.retry.attempts", "10"),
                bad("unknown overlap", copyFlow(), "", "/settings", "{'overlap': 'drop'}", "settings.overlap",
                        "enumeration"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFields")
    void eachBadFieldIsNamedWithWhatIsWrong(String why, ObjectNode definition, String field, String message) {
        Problem problem = refuse(definition);

        assertEquals(422, problem.status());
        FieldError error = problem.errors().stream().filter(e -> e.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError(field + " not named in " + problem.errors()));
        assertTrue(error.message().contains(message), error.message());
    }

    @Test
    void everyProblemIsListedAtOnce() {
        ObjectNode definition = everything();
        definition.remove("name");
        definition.with("trigger").put("cron", "every minute");
        definition.with("source").put("connection", "elsewhere");
        ((ObjectNode) definition.at("/steps/0")).put("expression", "{");
        ((ObjectNode) definition.at("/steps/1")).put("colour", "red");
        ((ObjectNode) definition.at("/steps/2")).put("version", "[3.0,4.0)");
        ((ObjectNode) definition.at("/steps/3/routes/0")).put("condition", "region =");
        ((ObjectNode) definition.at("/steps/3/routes/1/destinations/0/config")).remove("table");
        ((ObjectNode) definition.at("/steps/3/routes/1/destinations/0")).put("mode", "update");
        ((ObjectNode) definition.at("/steps/3/routes/0/destinations/0")).put("connection", "gone");
        definition.with("settings").put("concurrency", 17);

        Problem problem = refuse(definition);

        assertEquals(Set.of("name", "trigger.cron", "source.connection", "steps[0].expression", "steps[1].colour",
                "steps[2].version", "steps[3].routes[0].condition",
                "steps[3].routes[0].destinations[0].connection", "steps[3].routes[1].destinations[0].config.table",
                "settings.concurrency"), fields(problem));
        assertEquals("10 fields break the rules", problem.detail());
    }

    @Test
    void aSingleProblemIsItsOwnDetail() {
        ObjectNode definition = copyFlow();
        definition.with("source").put("connection", "nope");

        assertEquals("source.connection no such connection in this workspace", refuse(definition).detail());
    }

    @Test
    void aFieldFaultedByTheSchemaGetsNoSecondMessage() {
        ObjectNode definition = copyFlow();
        definition.with("source").put("version", "");

        List<FieldError> errors = refuse(definition).errors();

        assertEquals(1, errors.size(), errors.toString());
        assertEquals("source.version", errors.get(0).field());
    }

    @Test
    void explicitNamesKeepDefaultsFromClashing() {
        ObjectNode definition = copyFlow();
        ((ObjectNode) definition.at("/steps/0")).put("name", "map-1");
        ((ArrayNode) definition.get("steps")).add(json("{'type': 'map', 'expression': '$'}"));

        ObjectNode normalized = validator.validate(WORKSPACE, definition);

        assertEquals("map-2", normalized.at("/steps/1/name").asText());
        assertFalse(normalized.at("/steps/0/name").asText().equals(normalized.at("/steps/1/name").asText()));
    }

    static Stream<Arguments> secretsInConfigs() {
        return Stream.of(
                Arguments.of("a property", "{'table': 'a', 'password': 'pw'}", List.of("source.config.password")),
                Arguments.of("a nested property", "{'auth': {'user': 'ada', 'token': 't'}}",
                        List.of("source.config.auth.token")),
                Arguments.of("array items", "{'signingKeys': ['k1', 'k2']}",
                        List.of("source.config.signingKeys[0]", "source.config.signingKeys[1]")),
                Arguments.of("a $ref in array items", "{'endpoints': [{'url': 'u'}, {'url': 'v', 'apiKey': 'k'}]}",
                        List.of("source.config.endpoints[1].apiKey")),
                Arguments.of("additionalProperties, not properties or patternProperties",
                        "{'headers': {'Accept': 'json', 'X-Trace-Id': '1', 'Authorization': 'Bearer x'}}",
                        List.of("source.config.headers.Authorization")),
                Arguments.of("a then branch", "{'mode': 'oauth', 'clientSecret': 's'}",
                        List.of("source.config.clientSecret")),
                Arguments.of("an else branch", "{'mode': 'plain', 'privateKey': 'k'}",
                        List.of("source.config.privateKey")),
                Arguments.of("anyOf and oneOf", "{'session': 's', 'pin': '1234'}",
                        List.of("source.config.session", "source.config.pin")),
                Arguments.of("dependentSchemas", "{'table': 'a', 'passphrase': 'p'}",
                        List.of("source.config.passphrase")),
                Arguments.of("a recursive schema", "{'tree': {'name': 'a', 'children': [{'name': 'b', 'key': 'k'}]}}",
                        List.of("source.config.tree.children[0].key")),
                Arguments.of("a secret of the wrong type", "{'password': 42}", List.of("source.config.password")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secretsInConfigs")
    void aSecretInAnOperationConfigIsRefusedWhereItIs(String why, String config, List<String> fields) {
        ObjectNode definition = copyFlow();
        definition.set("source", json("{'connection': 'vault', 'operation': 'read', 'config': " + config + "}"));

        Problem problem = assertThrows(ProblemException.class,
                () -> withSecretsConnector().validate(WORKSPACE, definition)).problem();

        assertEquals(422, problem.status());
        assertEquals(fields.stream().map(field -> new FieldError(field, SECRET)).toList(), problem.errors());
    }

    @Test
    void secretsAreRefusedInTriggersLookupsAndDestinations() {
        ObjectNode definition = copyFlow();
        definition.remove("source");
        definition.set("trigger", json("{'type': 'webhook', 'connection': 'vault', 'operation': 'receive',"
                + " 'config': {'signatureHeader': 'X-Sig', 'secret': 's3'}}"));
        ((ArrayNode) definition.get("steps")).add(json("{'type': 'lookup', 'connection': 'vault', 'operation': 'read',"
                + " 'as': 'c', 'config': {'table': 'customers', 'password': 'pw'}}"));
        definition.set("destinations", json("{'d': [{'connection': 'vault', 'operation': 'write',"
                + " 'config': {'table': 'a', 'password': 'pw'}}]}").get("d"));

        Problem problem = assertThrows(ProblemException.class,
                () -> withSecretsConnector().validate(WORKSPACE, definition)).problem();

        assertEquals(Set.of("trigger.config.secret", "steps[1].config.password", "destinations[0].config.password"),
                fields(problem));
        assertTrue(problem.errors().stream().allMatch(error -> error.message().equals(SECRET)), problem.toString());
    }

    @Test
    void aSingleSecretNamesItsFieldInTheDetail() {
        ObjectNode definition = copyFlow();
        definition.remove("source");
        definition.set("trigger", json("{'type': 'webhook', 'connection': 'vault', 'operation': 'receive',"
                + " 'config': {'secret': 's3'}}"));

        assertEquals("trigger.config.secret " + SECRET, assertThrows(ProblemException.class,
                () -> withSecretsConnector().validate(WORKSPACE, definition)).problem().detail());
    }

    @Test
    void fieldsBesideTheSecretsPass() {
        ObjectNode definition = copyFlow();
        definition.set("source", json("""
                {'connection': 'vault', 'operation': 'read',
                 'config': {'table': 'a', 'auth': {'user': 'ada'}, 'signingKeys': [], 'endpoints': [{'url': 'u'}],
                            'headers': {'Accept': 'json', 'X-Trace-Id': '1'}, 'mode': 'plain',
                            'tree': {'name': 'a', 'children': [{'name': 'b', 'children': []}]}}}"""));

        ObjectNode normalized = withSecretsConnector().validate(WORKSPACE, definition);

        assertEquals(definition.at("/source/config"), normalized.at("/source/config"));
    }

    /** The standard connectors and connections, plus connection vault of a connector whose configs take secrets. */
    private static FlowValidator withSecretsConnector() {
        Connection vault = new Connection("vault", WORKSPACE, "secrets", "1.0.0", "vault", json("{}"),
                Instant.EPOCH, Instant.EPOCH);
        return new FlowValidator(FakeConnectors.standard().add("secrets", "1.0.0", ConnectorState.ACTIVE),
                id -> "vault".equals(id) ? Optional.of(vault) : Optional.ofNullable(Definitions.CONNECTIONS.get(id)));
    }

    private Problem refuse(ObjectNode definition) {
        return assertThrows(ProblemException.class, () -> validator.validate(WORKSPACE, definition)).problem();
    }

    private void assertFields(ObjectNode definition, String... fields) {
        assertEquals(new TreeSet<>(List.of(fields)), new TreeSet<>(fields(refuse(definition))));
    }

    private static Set<String> fields(Problem problem) {
        return problem.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private static ObjectNode pageLookup() {
        ObjectNode definition = everything();
        ((ObjectNode) definition.at("/steps/2")).put("per", "page")
                .set("match", json("{'record': 'customerId', 'lookup': 'id'}"));
        return definition;
    }

    private static ObjectNode webhook() {
        ObjectNode definition = copyFlow();
        definition.remove("source");
        definition.set("trigger", json("{'type': 'webhook', 'keyField': 'id'}"));
        return definition;
    }

    /**
     * A definition with one change: at {@code parent}, the field or element {@code child} set to {@code value} (JSON
     * with single quotes), or the field removed when it is null.
     */
    private static Arguments bad(String why, ObjectNode definition, String parent, String child, String value,
                                 String field, String message) {
        JsonNode target = parent.isEmpty() ? definition : definition.at(parent);
        String name = JsonPointer.compile(child).getMatchingProperty();
        JsonNode node = value == null ? null : json("{'v': " + value + "}").get("v");
        if (target instanceof ArrayNode array) {
            array.set(Integer.parseInt(name), node);
        } else if (node == null) {
            ((ObjectNode) target).remove(name);
        } else {
            ((ObjectNode) target).set(name, node);
        }
        return Arguments.of(why, definition, field, message);
    }
}

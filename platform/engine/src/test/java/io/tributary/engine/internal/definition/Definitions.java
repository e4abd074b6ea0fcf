package io.tributary.engine.internal.definition;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.tenancy.Connection;

/** Definitions written with single quotes, and the connections of workspace ws-1 (plus one of ws-2). */
final class Definitions {

    static final String WORKSPACE = "ws-1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);

    /** db (jdbc 1.0.0), db14 (jdbc 1.4.0), api (http 1.2.0), sheet (sheet 1.0.0) in ws-1; elsewhere (jdbc) in ws-2. */
    static final Map<String, Connection> CONNECTIONS = Map.of(
            "db", connection("db", WORKSPACE, "jdbc", "1.0.0"),
            "db14", connection("db14", WORKSPACE, "jdbc", "1.4.0"),
            "api", connection("api", WORKSPACE, "http", "1.2.0"),
            "sheet", connection("sheet", WORKSPACE, "sheet", "1.0.0"),
            "elsewhere", connection("elsewhere", "ws-2", "jdbc", "1.0.0"));

    private Definitions() {
    }

    static FlowValidator validator() {
        return new FlowValidator(FakeConnectors.standard(), id -> Optional.ofNullable(CONNECTIONS.get(id)));
    }

    static ObjectNode json(String singleQuoted) {
        try {
            return (ObjectNode) MAPPER.readTree(singleQuoted);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A small valid flow: rows of orders copied through a map into another table. */
    static ObjectNode copyFlow() {
        return json("""
                {'name': 'Orders copy',
                 'source': {'connection': 'db', 'operation': 'select', 'config': {'table': 'orders', 'keyColumns': ['id']}},
                 'steps': [{'type': 'map', 'expression': "{'id': id, 'total': qty * price}"}],
                 'destinations': [{'connection': 'db', 'operation': 'write',
                                   'config': {'table': 'orders_copy', 'keyColumns': ['id']}}]}""");
    }

    /** The README's example, complete: schedule, delta source, every step type, a branch with two routes. */
    static ObjectNode everything() {
        return json("""
                {'name': 'Orders to warehouse', 'enabled': false, 'description': 'every kind of step',
                 'trigger': {'type': 'schedule', 'cron': '0 */5 * * * ?'},
                 'source': {'connection': 'db', 'operation': 'select', 'version': '[1.0,2.0)',
                            'config': {'table': 'orders', 'keyColumns': ['id'], 'deltaColumn': 'updated_at'},
                            'sync': 'delta'},
                 'steps': [
                   {'type': 'map', 'name': 'shape', 'expression': "{'id': id, 'total': qty * price, 'region': region, 'customerId': customerId}", 'key': '$string(id)'},
                   {'type': 'filter', 'name': 'big-only', 'condition': 'total > 100'},
                   {'type': 'lookup', 'name': 'customer', 'connection': 'api', 'operation': 'get',
                    'config': {'path': '/customers', 'keyField': 'id'}, 'params': "{'query': {'id': $string(customerId)}}",
                    'per': 'record', 'as': 'customer', 'single': true},
                   {'type': 'branch', 'name': 'by-region', 'mode': 'first', 'routes': [
                     {'name': 'eu', 'condition': "region = 'EU'",
                      'steps': [{'type': 'map', 'name': 'tag', 'expression': "$merge([$, {'zone': 'eu'}])"}],
                      'destinations': [{'name': 'crm', 'connection': 'api', 'operation': 'send', 'mode': 'upsert',
                                        'config': {'path': '/orders/{key}'}}]},
                     {'name': 'rest', 'steps': [],
                      'destinations': [{'name': 'warehouse', 'connection': 'db', 'operation': 'write', 'mode': 'upsert',
                                        'config': {'table': 'orders_copy', 'keyColumns': ['id']}}]}]}],
                 'destinations': [],
                 'settings': {'pageSize': 200, 'concurrency': 2, 'overlap': 'queue',
                              'retry': {'attempts': 5, 'backoffMillis': 100, 'multiplier': 3.0, 'maxBackoffMillis': 5000}},
                 'alerts': {'subscribers': ['ops@example.com']}}""");
    }

    private static Connection connection(String id, String workspace, String connector, String version) {
        return new Connection(id, workspace, connector, version, id, new ObjectMapper().createObjectNode(),
                Instant.EPOCH, Instant.EPOCH);
    }
}

package io.tributary.connector.testkit;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.tributary.api.connector.ConnectionTest;
import io.tributary.api.connector.Connector;
import io.tributary.api.connector.ConnectorContext;
import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Destination;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.Source;
import io.tributary.api.connector.WriteResult;

/** A connector over 25 records in memory, behaving well unless told to break one promise of the SPI. */
final class InMemoryConnector implements Connector {

    static final String PASSWORD = "Tr0ub4dor&3-memory";
    static final List<String> KEYS = keys(25);

    /** The one promise a faulty variant breaks. */
    enum Fault { NONE, REPEATS_A_RECORD, LEAKS_THE_PASSWORD, LOGS_THE_PASSWORD, IGNORES_CANCELLATION, LOSES_A_RESULT }

    private final Fault fault;
    private final Cancellation cancellation;

    InMemoryConnector(Fault fault) {
        this(fault, Cancellation.THROWS);
    }

    InMemoryConnector(Fault fault, Cancellation cancellation) {
        this.fault = fault;
        this.cancellation = cancellation;
    }

    @Override
    public ConnectionTest test(ConnectorContext context) {
        String host = context.connection().path("host").asText();
        String password = context.connection().path("credentials").path("password").asText();
        context.logger().log(System.Logger.Level.DEBUG, "testing connection to {0}", host);
        if (fault == Fault.LOGS_THE_PASSWORD) {
            context.logger().log(System.Logger.Level.DEBUG, "logging in with {0}", password);
        }
        if (!host.equals("memory.local")) {
            return ConnectionTest.failed("host " + host + " is unreachable");
        }
        if (!password.equals(PASSWORD)) {
            return ConnectionTest.failed("wrong password" + (fault == Fault.LEAKS_THE_PASSWORD ? " " + password : ""));
        }
        return ConnectionTest.ok("connected to " + host);
    }

    @Override
    public Source openSource(String operation, ConnectorContext context) {
        return request -> {
            if (stopsEarly(context)) {
                return new Page(List.of(), null, null);
            }
            int from = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
            int to = Math.min(KEYS.size(), from + request.limit());
            List<Record> records = new ArrayList<>();
            KEYS.subList(from, to).forEach(key -> records.add(record(key)));
            if (fault == Fault.REPEATS_A_RECORD && from > 0) {
                records.add(0, record(KEYS.get(from - 1)));
            }
            return new Page(records, to == KEYS.size() ? null : String.valueOf(to), null);
        };
    }

    @Override
    public Destination openDestination(String operation, ConnectorContext context) {
        return (mode, records) -> {
            boolean stop = stopsEarly(context);
            List<WriteResult> results = new ArrayList<>();
            records.forEach(record -> results.add(stop ? WriteResult.ignored(record.key(), "the run was cancelled")
                    : WriteResult.ok(record.key())));
            if (fault == Fault.LOSES_A_RESULT) {
                results.remove(results.size() - 1);
            }
            return results;
        };
    }

    /** Whether to end early because the run was cancelled; throws instead when the connector works that way. */
    private boolean stopsEarly(ConnectorContext context) throws ConnectorException {
        if (!context.isCancelled() || fault == Fault.IGNORES_CANCELLATION) {
            return false;
        }
        if (cancellation == Cancellation.THROWS) {
            throw new ConnectorException("the run was cancelled", false);
        }
        return true;
    }

    static Record record(String key) {
        return new Record(key, JsonNodeFactory.instance.objectNode().put("name", "Item " + key));
    }

    private static List<String> keys(int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            keys.add(String.format("item-%02d", i));
        }
        return List.copyOf(keys);
    }
}

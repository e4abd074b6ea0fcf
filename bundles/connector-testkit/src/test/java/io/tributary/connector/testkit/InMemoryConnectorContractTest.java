package io.tributary.connector.testkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Connector;
import io.tributary.api.connector.WriteMode;

/** A well-behaved connector passes the whole contract; the faulty ones extend this and break one promise each. */
class InMemoryConnectorContractTest extends ConnectorContract {

    @Override
    protected Connector connector() {
        return new InMemoryConnector(InMemoryConnector.Fault.NONE);
    }

    @Override
    protected Path descriptorPath() {
        return Path.of("target/test-classes/OSGI-INF/tributary/connector.json");
    }

    @Override
    protected String bundleVersion() {
        return "1.0.0-SNAPSHOT";
    }

    @Override
    protected ObjectNode workingConnection() {
        return connection("memory.local", InMemoryConnector.PASSWORD);
    }

    @Override
    protected List<BrokenConnection> brokenConnections() {
        return List.of(new BrokenConnection("wrong password", connection("memory.local", "guessed-Secret-42"),
                        "password"),
                new BrokenConnection("unknown host", connection("nowhere.local", InMemoryConnector.PASSWORD),
                        "unreachable"));
    }

    @Override
    protected Optional<SourceFixture> sourceFixture() {
        return Optional.of(new SourceFixture("items", JsonNodeFactory.instance.objectNode(), 10,
                InMemoryConnector.KEYS));
    }

    @Override
    protected Optional<DestinationFixture> destinationFixture() {
        return Optional.of(new DestinationFixture("storeItems", JsonNodeFactory.instance.objectNode(),
                WriteMode.UPSERT, List.of(InMemoryConnector.record("a"), InMemoryConnector.record("b"),
                InMemoryConnector.record("c"))));
    }

    private static ObjectNode connection(String host, String password) {
        ObjectNode connection = JsonNodeFactory.instance.objectNode().put("host", host);
        connection.putObject("credentials").put("user", "tester").put("password", password);
        return connection;
    }
}

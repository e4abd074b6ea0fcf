package io.tributary.connector.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.tributary.api.connector.Connector;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.WriteMode;
import io.tributary.connector.testkit.ConnectorContract;
import io.tributary.connector.testkit.DestinationFixture;
import io.tributary.connector.testkit.SourceFixture;

/** The shared connector contract on one database: 25 items to read, people to upsert. */
abstract class JdbcContractBehaviour extends ConnectorContract {

    static final String WRONG_PASSWORD = "Wr0ng-Passw0rd-7";

    TestDatabase database;

    abstract TestDatabase newDatabase();

    @BeforeEach
    void createTables() throws SQLException {
        database = newDatabase().start();
        Fixtures.createItems(database);
        Fixtures.createPeople(database);
    }

    @AfterEach
    void dropTables() throws SQLException {
        database.close();
    }

    @Override
    protected Connector connector() {
        return new JdbcConnector();
    }

    @Override
    protected ObjectNode workingConnection() {
        return database.connection();
    }

    @Override
    protected Optional<SourceFixture> sourceFixture() {
        ObjectNode config = Fixtures.json("{'table': 'items', 'keyColumns': ['id']}");
        List<String> keys = IntStream.rangeClosed(1, Fixtures.ITEM_COUNT).mapToObj(Integer::toString).toList();
        return Optional.of(new SourceFixture("select", config, 10, keys));
    }

    @Override
    protected Optional<DestinationFixture> destinationFixture() {
        List<Record> people = IntStream.rangeClosed(1, 5)
                .mapToObj(id -> Fixtures.record(Integer.toString(id), "{'id': " + id + ", 'name': 'person " + id + "', 'score': " + id * 10 + "}"))
                .toList();
        return Optional.of(new DestinationFixture("write",
                Fixtures.json("{'table': 'people', 'keyColumns': ['id']}"), WriteMode.UPSERT, people));
    }
}

package io.tributary.connector.jdbc;

import static io.tributary.connector.jdbc.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Destination;
import io.tributary.api.connector.Record;
import io.tributary.api.connector.WriteMode;
import io.tributary.api.connector.WriteResult.Outcome;

/** The write destination's behaviour on PostgreSQL, and what happens when the server drops the connection. */
class PostgresDestinationTest extends DestinationBehaviour {

    @Override
    TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }

    @Test
    void aDroppedConnectionIsRetryableAndTheRetryReconnects() throws Exception {
        List<Record> batch = List.of(record("1", "{'id': 1, 'name': 'Ada'}"));
        try (Destination destination = connector.openDestination("write", context(PEOPLE))) {
            ((PostgresTestDatabase) database).dropConnectorSessions();

            ConnectorException dropped = assertThrows(ConnectorException.class,
                    () -> destination.write(WriteMode.UPSERT, batch));
            assertTrue(dropped.isRetryable(), dropped.getMessage());
            assertEquals(List.of(Outcome.OK), outcomes(destination.write(WriteMode.UPSERT, batch)));
        }
        assertEquals(1, database.count("people"));
    }
}

package io.tributary.connector.jdbc;

import static io.tributary.connector.jdbc.Fixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.tributary.api.connector.ConnectorException;
import io.tributary.api.connector.Page;
import io.tributary.api.connector.PageRequest;
import io.tributary.api.connector.Source;

/** The select source's behaviour on PostgreSQL, and what happens when the server drops the connection. */
class PostgresSourceTest extends SourceBehaviour {

    @Override
    TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }

    @Test
    void aDroppedConnectionIsRetryableAndTheRetryReconnects() throws Exception {
        try (Source source = open(ITEMS)) {
            PageRequest second = new PageRequest(source.read(new PageRequest(null, 10, null)).next(), 10, null);
            ((PostgresTestDatabase) database).dropConnectorSessions();

            ConnectorException dropped = assertThrows(ConnectorException.class, () -> source.read(second));
            assertTrue(dropped.isRetryable(), dropped.getMessage());
            Page retried = source.read(second);
            assertEquals(IntStream.rangeClosed(11, 20).boxed().toList(), ids(List.of(retried)));
        }
    }
}

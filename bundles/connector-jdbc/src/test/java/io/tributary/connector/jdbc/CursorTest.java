package io.tributary.connector.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.tributary.api.connector.ConnectorException;

/** Cursors survive the trip through the platform's storage exactly. */
class CursorTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    @Test
    void valuesAndMaximumComeBackAsWritten() throws ConnectorException {
        List<JsonNode> after = List.of(NODES.textNode("2024-01-01T00:20:00"), NODES.numberNode(new BigDecimal("12.50")),
                NODES.numberNode(7));
        Cursor cursor = new Cursor(after, NODES.textNode("2024-01-01T00:21:00"));

        Cursor decoded = Cursor.decode(cursor.encode(), 3);

        assertEquals(after, decoded.after());
        assertEquals(new BigDecimal("12.50"), decoded.after().get(1).decimalValue());
        assertEquals("2024-01-01T00:21:00", decoded.max().asText());
    }

    @Test
    void aCursorWithoutMaximumHasNone() throws ConnectorException {
        assertNull(Cursor.decode(new Cursor(List.of(NODES.numberNode(1)), null).encode(), 1).max());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{}", "{\"after\": 1}", "{\"after\": [1, 2]}", "null"})
    void anythingElseIsRefused(String cursor) {
        assertThrows(ConnectorException.class, () -> Cursor.decode(cursor, 1));
    }
}

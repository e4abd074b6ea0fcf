package io.tributary.connector.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.tributary.api.connector.ConnectorException;

/** Which table and column names a configuration may give. */
class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"id", "ID", "_private", "updated_at", "Column9", "a"})
    void lettersDigitsAndUnderscoresPass(String name) throws ConnectorException {
        assertEquals(name, Identifiers.checkName("column", name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " id", "id ", "9lives", "id;", "id\"", "id`", "a.b", "name --", "x OR 1=1", "ä",
        "id)", "\u0000", "id\n"})
    void anythingElseIsRefusedNamingTheSetting(String name) {
        ConnectorException refused = assertThrows(ConnectorException.class, () -> Identifiers.checkName("deltaColumn", name));
        assertTrue(refused.getMessage().startsWith("deltaColumn"), refused.getMessage());
    }

    @Test
    void aTableMayCarryOneSchema() throws ConnectorException {
        assertEquals(List.of("sales", "orders"), Identifiers.checkQualified("table", "sales.orders"));
        assertThrows(ConnectorException.class, () -> Identifiers.checkQualified("table", "db.sales.orders"));
        assertThrows(ConnectorException.class, () -> Identifiers.checkQualified("table", "sales."));
        assertThrows(ConnectorException.class, () -> Identifiers.checkQualified("table", null));
    }

    @Test
    void aListOfNamesMustBeAnArrayOfValidNames() throws ConnectorException {
        assertEquals(List.of("a", "b"), Identifiers.checkNames("columns", Fixtures.json("{'c': ['a', 'b']}").get("c")));
        assertEquals(List.of(), Identifiers.checkNames("columns", null));
        assertThrows(ConnectorException.class,
                () -> Identifiers.checkNames("columns", Fixtures.json("{'c': 'a'}").get("c")));
        assertThrows(ConnectorException.class,
                () -> Identifiers.checkNames("columns", Fixtures.json("{'c': ['a', 'b c']}").get("c")));
    }
}

package io.tributary.connector.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.tributary.api.connector.ConnectorException;

/**
 * Checks the table and column names a configuration gives. Only letters, digits and underscores pass, so a name can
 * always be quoted safely and never carries SQL of its own.
 */
final class Identifiers {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

    private Identifiers() {
    }

    /** A single name: a column or a schema. */
    static String checkName(String what, String name) throws ConnectorException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ConnectorException(what + " '" + name + "' is not a valid name: use letters, digits and '_', "
                    + "starting with a letter or '_'", false);
        }
        return name;
    }

    /** A table name, optionally prefixed by its schema: {@code orders} or {@code sales.orders}. */
    static List<String> checkQualified(String what, String name) throws ConnectorException {
        String[] parts = name == null ? new String[0] : name.split("\\.", -1);
        if (parts.length < 1 || parts.length > 2) {
            throw new ConnectorException(what + " '" + name + "' is not a valid name: use name or schema.name", false);
        }
        List<String> checked = new ArrayList<>();
        for (String part : parts) {
            checkName(what, part);
            checked.add(part);
        }
        return checked;
    }

    /** A list of names from a JSON array of strings; empty when the node is absent. */
    static List<String> checkNames(String what, JsonNode array) throws ConnectorException {
        List<String> names = new ArrayList<>();
        if (array == null || array.isNull()) {
            return names;
        }
        if (!array.isArray()) {
            throw new ConnectorException(what + " must be a list of column names", false);
        }
        for (JsonNode item : array) {
            names.add(checkName(what, item.isTextual() ? item.textValue() : item.toString()));
        }
        return names;
    }
}

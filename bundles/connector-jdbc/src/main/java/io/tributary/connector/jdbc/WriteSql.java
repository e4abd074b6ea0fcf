package io.tributary.connector.jdbc;

import java.util.List;

/**
 * A write statement and the column whose value each of its parameters takes, in order; a column may appear more than
 * once (Derby's MERGE names the key in its ON clause and again in its INSERT).
 */
record WriteSql(String sql, List<Column> parameters) {

    WriteSql {
        parameters = List.copyOf(parameters);
    }
}

package io.tributary.tenancy.internal.data;

/** The two bearer token tables, which share their shape except that sessions have no name. */
public enum TokenKind {

    SESSION("session_token", "CAST(NULL AS VARCHAR(200)) AS name"),
    API("api_token", "name");

    final String table;
    final String nameColumn;

    TokenKind(String table, String nameColumn) {
        this.table = table;
        this.nameColumn = nameColumn;
    }
}

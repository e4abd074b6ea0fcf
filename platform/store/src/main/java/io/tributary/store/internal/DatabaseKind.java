package io.tributary.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/** The databases the store runs on; the id names the dialect folder of the migration scripts. */
public enum DatabaseKind {
    DERBY("derby", "Apache Derby"),
    POSTGRESQL("postgresql", "PostgreSQL");

    private final String id;
    private final String productName;

    DatabaseKind(String id, String productName) {
        this.id = id;
        this.productName = productName;
    }

    public String id() {
        return id;
    }

    /** Asks the database for its product name. */
    public static DatabaseKind of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return fromProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database to detect its kind: " + e.getMessage(), e);
        }
    }

    public static DatabaseKind fromProductName(String productName) {
        for (DatabaseKind kind : values()) {
            if (kind.productName.equals(productName)) {
                return kind;
            }
        }
        String supported = Arrays.stream(values()).map(kind -> kind.productName).collect(Collectors.joining(", "));
        throw new IllegalStateException(
                "Unsupported database '" + productName + "': the Tributary store runs on " + supported);
    }
}

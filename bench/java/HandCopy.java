import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The hand-written baseline of bench/flows.sh: copies a PostgreSQL table into another with the same mapping as the
 * benchmark flow (id, upper-cased name, qty * price), reading with a server-side cursor and upserting in JDBC batches
 * of 1000, one transaction per batch. Usage: java -cp postgresql.jar HandCopy.java <jdbc url> <source> <destination>
 */
public class HandCopy {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long begin = System.nanoTime();
        long rows = 0;
        try (Connection reader = DriverManager.getConnection(url, "postgres", "");
             Connection writer = DriverManager.getConnection(url, "postgres", "")) {
            reader.setAutoCommit(false);
            writer.setAutoCommit(false);
            try (PreparedStatement select = reader.prepareStatement(
                         "SELECT id, name, qty, price FROM " + args[1] + " ORDER BY id");
                 PreparedStatement upsert = writer.prepareStatement("INSERT INTO " + args[2]
                         + " (id, label, total) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE"
                         + " SET label = EXCLUDED.label, total = EXCLUDED.total")) {
                select.setFetchSize(1000);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        upsert.setInt(1, result.getInt(1));
                        upsert.setString(2, result.getString(2).toUpperCase());
                        upsert.setBigDecimal(3, result.getBigDecimal(4).multiply(BigDecimal.valueOf(result.getInt(3))));
                        upsert.addBatch();
                        if (++rows % 1000 == 0) {
                            upsert.executeBatch();
                            writer.commit();
                        }
                    }
                }
                upsert.executeBatch();
                writer.commit();
            }
        }
        System.out.println(rows + " " + (System.nanoTime() - begin) / 1_000_000);
    }
}

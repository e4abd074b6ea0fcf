import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Runs SQL statements for the bench scripts; prints the first column of a query's first row. */
public class Sql {

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], "postgres", "");
             Statement statement = connection.createStatement()) {
            for (int i = 1; i < args.length; i++) {
                if (statement.execute(args[i])) {
                    try (ResultSet result = statement.getResultSet()) {
                        if (result.next()) {
                            System.out.println(result.getString(1));
                        }
                    }
                }
            }
        }
    }
}

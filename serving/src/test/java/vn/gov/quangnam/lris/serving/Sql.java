package vn.gov.quangnam.lris.serving;

import vn.gov.quangnam.lris.serving.security.ServingAccount;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs SQL through the real Trino JDBC driver as one of the test accounts. */
final class Sql {
    private Sql() {
    }

    static List<List<Object>> rows(String user, String sql) {
        try (Connection connection = TestServing.shared().connect(TestServing.account(user));
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    row.add(result.getObject(column));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(user + " could not run: " + sql + "\n" + e.getMessage(), e);
        }
    }

    /** The first column of every row, as strings. */
    static List<String> strings(String user, String sql) {
        return rows(user, sql).stream().map(row -> row.get(0) == null ? null : row.get(0).toString()).toList();
    }

    static Object single(String user, String sql) {
        List<List<Object>> rows = rows(user, sql);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new AssertionError("expected one value from " + sql + ", got " + rows);
        }
        return rows.get(0).get(0);
    }

    static void execute(String user, String sql) throws SQLException {
        ServingAccount account = TestServing.account(user);
        try (Connection connection = TestServing.shared().connect(account); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

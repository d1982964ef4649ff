package vn.gov.quangnam.lris.dashboards.queries;

import vn.gov.quangnam.lris.dashboards.auth.Viewer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static java.util.Objects.requireNonNull;

/** Opens Trino JDBC connections as a viewer: Trino authenticates the account and applies its row filters. */
public final class TrinoConnections {
    private final String jdbcUrl;

    public TrinoConnections(String jdbcUrl) {
        this.jdbcUrl = requireNonNull(jdbcUrl, "jdbcUrl is null");
    }

    public Connection open(Viewer viewer) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", viewer.user());
        properties.setProperty("password", viewer.password());
        properties.setProperty("source", "lris-dashboard");
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /** Where the connections go, without credentials (the URL carries none): for error messages. */
    public String jdbcUrl() {
        return jdbcUrl;
    }
}

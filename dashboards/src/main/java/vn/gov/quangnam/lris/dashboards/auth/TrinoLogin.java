package vn.gov.quangnam.lris.dashboards.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.dashboards.queries.TrinoConnections;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static java.util.Objects.requireNonNull;

/**
 * Checks a user name and password the way Trino does, by logging in to Trino with them (over HTTPS, with the serving's
 * truststore): the dashboard keeps no accounts of its own, so the accounts are the same in Trino and on the wall.
 */
public final class TrinoLogin {
    private static final Logger log = LoggerFactory.getLogger(TrinoLogin.class);

    private final TrinoConnections connections;

    public TrinoLogin(TrinoConnections connections) {
        this.connections = requireNonNull(connections, "connections is null");
    }

    public LoginOutcome login(String user, String password) {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            return LoginOutcome.refused(LoginOutcome.Refusal.MISSING_FIELDS, "user or password missing");
        }
        Viewer viewer = new Viewer(user.trim(), password);
        // A JDBC connection authenticates on its first statement, not when it opens
        try (Connection connection = connections.open(viewer); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_user")) {
            result.next();
            log.info("dashboard login of {}", result.getString(1));
            return LoginOutcome.accepted(viewer);
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Authentication failed") || message.contains("Invalid credentials")) {
                log.info("dashboard login refused for user '{}': {}", viewer.user(), message);
                return LoginOutcome.refused(LoginOutcome.Refusal.WRONG_CREDENTIALS, message);
            }
            log.warn("dashboard login of '{}' could not reach Trino at {}: {}", viewer.user(), connections.jdbcUrl(), message);
            return LoginOutcome.refused(LoginOutcome.Refusal.DATA_SERVER_UNAVAILABLE, message);
        }
    }
}

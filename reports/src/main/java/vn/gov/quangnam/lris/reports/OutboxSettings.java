package vn.gov.quangnam.lris.reports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static java.util.Objects.requireNonNull;

/**
 * The PostgreSQL database of the outbox table {@code lris_report_outbox} (usually the service's metadata database).
 *
 * @param jdbcUrl e.g. {@code jdbc:postgresql://127.0.0.1:54329/lris}
 * @param user database user
 * @param password its password; never logged
 */
public record OutboxSettings(String jdbcUrl, String user, String password) {
    public OutboxSettings {
        requireNonNull(jdbcUrl, "outbox jdbcUrl is null");
        requireNonNull(user, "outbox user is null");
        requireNonNull(password, "outbox password is null");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    @Override
    public String toString() {
        return "OutboxSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + "]";
    }
}

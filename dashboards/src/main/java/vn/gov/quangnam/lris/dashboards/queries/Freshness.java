package vn.gov.quangnam.lris.dashboards.queries;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The time of the data: when the transforms computed the published figures the viewer sees (the newest
 * {@code computed_at} of {@code mart.fct_indicator_values}; every run replaces the table in one commit).
 */
public record Freshness(Optional<Instant> dataAsOf) {
    private static final String SQL = "SELECT to_iso8601(max(computed_at)) FROM mart.fct_indicator_values";

    public static Freshness load(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(SQL)) {
            rows.next();
            String value = rows.getString(1);
            return new Freshness(Optional.ofNullable(value).map(text -> OffsetDateTime.parse(text).toInstant()));
        }
    }
}

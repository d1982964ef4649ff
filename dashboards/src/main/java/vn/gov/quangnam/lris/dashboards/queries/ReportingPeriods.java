package vn.gov.quangnam.lris.dashboards.queries;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The periods the wall shows: the latest Decree 09 reporting year with data, and its latest reporting month with data.
 * The province judges progress by the reporting periods of Decree 09/2019/NĐ-CP art. 12 (a year runs from 15 December
 * to 14 December; a month from the 15th to the 14th), year to date against the annual target.
 *
 * @param year the latest reporting year with figures the viewer may see (year to date while it runs)
 * @param month the latest reporting month with figures
 */
public record ReportingPeriods(Optional<ReportingPeriod> year, Optional<ReportingPeriod> month) {
    private static final String SQL = """
            SELECT p.period_id, p.period_type, p.year, p.label_vi,
                   CAST(p.start_date AS varchar) AS start_date, CAST(p.end_date AS varchar) AS end_date
            FROM mart.dim_periods p
            WHERE p.calendar = 'decree09' AND p.period_type IN ('year', 'month')
              AND p.period_id IN (SELECT DISTINCT period_id FROM mart.fct_indicator_values WHERE hierarchy = 'as_reported')
            """;

    public static ReportingPeriods load(Connection connection) throws SQLException {
        Map<String, ReportingPeriod> latestByType = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(SQL)) {
            while (rows.next()) {
                ReportingPeriod period = new ReportingPeriod(rows.getString("period_id"), rows.getString("period_type"),
                        rows.getInt("year"), rows.getString("label_vi"), LocalDate.parse(rows.getString("start_date")),
                        LocalDate.parse(rows.getString("end_date")));
                latestByType.merge(period.periodType(), period,
                        (kept, candidate) -> candidate.endDate().isAfter(kept.endDate()) ? candidate : kept);
            }
        }
        return new ReportingPeriods(Optional.ofNullable(latestByType.get("year")), Optional.ofNullable(latestByType.get("month")));
    }
}

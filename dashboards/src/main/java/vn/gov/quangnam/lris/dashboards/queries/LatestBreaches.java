package vn.gov.quangnam.lris.dashboards.queries;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The breaches of the latest Decree 09 reporting month that has any, most severe and furthest from target first, with
 * the document each target comes from (the plan a head of unit answers to); at most {@value #LIMIT} of them, and how
 * many there are in all.
 */
public record LatestBreaches(long total, List<BreachFigures> breaches) {
    static final int LIMIT = 60;
    private static final String SQL = """
            WITH latest AS (
                SELECT max(p.end_date) AS end_date
                FROM mart.fct_breaches b JOIN mart.dim_periods p ON p.period_id = b.period_id
                WHERE p.calendar = 'decree09' AND p.period_type = 'month'
            )
            SELECT b.unit_code, u.unit_name, CASE WHEN b.level = 'commune' THEN d.unit_name END AS district_name, b.level, b.indicator_code, i.name_vi, b.period_id, p.label_vi,
                   b.value_pct, b.target_pct, b.gap_pct, b.consecutive_periods, b.severity, b.source_document,
                   count(*) OVER () AS total
            FROM mart.fct_breaches b
            JOIN mart.dim_periods p ON p.period_id = b.period_id
            JOIN latest ON p.end_date = latest.end_date
            JOIN mart.dim_indicators i ON i.indicator_code = b.indicator_code
            LEFT JOIN mart.dim_units u ON u.unit_code = b.unit_code
                 AND u.valid_from <= p.end_date AND (u.valid_to IS NULL OR u.valid_to >= p.end_date)
            LEFT JOIN mart.dim_units d ON d.unit_code = u.district_code
                 AND d.valid_from <= p.end_date AND (d.valid_to IS NULL OR d.valid_to >= p.end_date)
            WHERE p.calendar = 'decree09' AND p.period_type = 'month'
            ORDER BY CASE b.severity WHEN 'critical' THEN 0 WHEN 'major' THEN 1 ELSE 2 END, b.gap_pct, b.unit_code, b.indicator_code
            LIMIT ?
            """;

    public LatestBreaches {
        breaches = List.copyOf(breaches);
    }

    public static LatestBreaches load(Connection connection) throws SQLException {
        List<BreachFigures> breaches = new ArrayList<>();
        long total = 0;
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setInt(1, LIMIT);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    total = rows.getLong("total");
                    String unitCode = rows.getString("unit_code");
                    String unitName = rows.getString("unit_name");
                    breaches.add(new BreachFigures(unitCode, unitName == null ? unitCode : unitName, rows.getString("district_name"),
                            rows.getString("level"),
                            rows.getString("indicator_code"), rows.getString("name_vi"), rows.getString("period_id"),
                            rows.getString("label_vi"), rows.getBigDecimal("value_pct"), rows.getBigDecimal("target_pct"),
                            rows.getBigDecimal("gap_pct"), rows.getInt("consecutive_periods"), rows.getString("severity"),
                            rows.getString("source_document")));
                }
            }
        }
        return new LatestBreaches(total, breaches);
    }
}

package vn.gov.quangnam.lris.dashboards.queries;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The province at a glance: every indicator at every level the viewer sees (province agencies, districts, communes)
 * in one period, from {@code mart.fct_indicator_values} ({@link LevelFigures} says how a level of several units is
 * taken together).
 */
public final class LevelSummaries {
    private static final String SQL = """
            SELECT v.indicator_code, i.name_vi, i.direction, v.level,
                   count(*) AS units, sum(v.numerator) AS numerator, sum(v.denominator) AS denominator,
                   max(v.target_pct) AS target_pct,
                   arbitrary(v.value_pct) AS unit_value_pct, arbitrary(v.gap_pct) AS unit_gap_pct, arbitrary(v.status) AS unit_status,
                   count_if(v.status = 'met') AS met, count_if(v.status = 'at_risk') AS at_risk,
                   count_if(v.status = 'breached') AS breached
            FROM mart.fct_indicator_values v
            JOIN mart.dim_indicators i ON i.indicator_code = v.indicator_code
            WHERE v.period_id = ? AND v.hierarchy = 'as_reported' AND v.level IN ('province', 'district', 'commune')
            GROUP BY v.indicator_code, i.name_vi, i.direction, v.level
            ORDER BY v.indicator_code, CASE v.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END
            """;

    private LevelSummaries() {
    }

    public static List<LevelFigures> load(Connection connection, String periodId) throws SQLException {
        List<LevelFigures> figures = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, periodId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    figures.add(read(rows));
                }
            }
        }
        return figures;
    }

    private static LevelFigures read(ResultSet rows) throws SQLException {
        Indicator indicator = new Indicator(rows.getString("indicator_code"), rows.getString("name_vi"), rows.getString("direction"));
        String level = rows.getString("level");
        long units = rows.getLong("units");
        long met = rows.getLong("met");
        long atRisk = rows.getLong("at_risk");
        long breached = rows.getLong("breached");
        if (units == 1) {
            return new LevelFigures(indicator, level, 1, rows.getLong("numerator"), rows.getLong("denominator"),
                    rows.getBigDecimal("unit_value_pct"), rows.getBigDecimal("target_pct"), rows.getBigDecimal("unit_gap_pct"),
                    rows.getString("unit_status"), met, atRisk, breached);
        }
        return LevelFigures.combined(indicator, level, units, rows.getLong("numerator"), rows.getLong("denominator"),
                rows.getBigDecimal("target_pct"), met, atRisk, breached);
    }
}

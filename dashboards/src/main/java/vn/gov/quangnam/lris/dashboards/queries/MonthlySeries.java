package vn.gov.quangnam.lris.dashboards.queries;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trends: every indicator per level and Decree 09 reporting month of a year and the year before, the level's rate
 * (sum of numerators over sum of denominators, never an average of rates) against its annual target.
 */
public record MonthlySeries(List<Indicator> indicators, List<MonthlyFigures> months) {
    private static final String SQL = """
            SELECT v.indicator_code, i.name_vi, i.direction, v.level, p.year, p.sequence,
                   sum(v.numerator) AS numerator, sum(v.denominator) AS denominator, max(v.target_pct) AS target_pct
            FROM mart.fct_indicator_values v
            JOIN mart.dim_periods p ON p.period_id = v.period_id
            JOIN mart.dim_indicators i ON i.indicator_code = v.indicator_code
            WHERE v.hierarchy = 'as_reported' AND p.calendar = 'decree09' AND p.period_type = 'month' AND p.year IN (?, ?)
              AND v.level IN ('province', 'district', 'commune')
            GROUP BY v.indicator_code, i.name_vi, i.direction, v.level, p.year, p.sequence
            ORDER BY v.indicator_code, CASE v.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END, p.year, p.sequence
            """;

    public MonthlySeries {
        indicators = List.copyOf(indicators);
        months = List.copyOf(months);
    }

    public static MonthlySeries load(Connection connection, int year) throws SQLException {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        List<MonthlyFigures> months = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setInt(1, year - 1);
            statement.setInt(2, year);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String code = rows.getString("indicator_code");
                    indicators.putIfAbsent(code, new Indicator(code, rows.getString("name_vi"), rows.getString("direction")));
                    long denominator = rows.getLong("denominator");
                    BigDecimal value = denominator == 0 ? null : BigDecimal.valueOf(rows.getLong("numerator")).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
                    months.add(new MonthlyFigures(code, rows.getString("level"), rows.getInt("year"), rows.getInt("sequence"), value,
                            rows.getBigDecimal("target_pct")));
                }
            }
        }
        return new MonthlySeries(List.copyOf(indicators.values()), months);
    }
}

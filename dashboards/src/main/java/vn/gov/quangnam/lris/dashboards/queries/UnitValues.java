package vn.gov.quangnam.lris.dashboards.queries;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Every district's and commune's figures of one period, for every indicator (the map and the rankings choose one),
 * the indicators with their names, and the districts that ended before the period did with their successors (Nông Sơn
 * joined Quế Sơn on 2025-01-01: the map colours its old area with Quế Sơn's figures).
 */
public record UnitValues(List<Indicator> indicators, List<UnitFigures> units, Map<String, String> successors) {
    private static final String UNITS = """
            SELECT v.indicator_code, v.unit_code, u.unit_name, CASE WHEN v.level = 'commune' THEN d.unit_name END AS district_name,
                   v.level, v.value_pct, v.target_pct, v.gap_pct, v.status
            FROM mart.fct_indicator_values v
            JOIN mart.dim_periods p ON p.period_id = v.period_id
            LEFT JOIN mart.dim_units u ON u.unit_code = v.unit_code
                 AND u.valid_from <= least(p.end_date, current_date) AND (u.valid_to IS NULL OR u.valid_to >= least(p.end_date, current_date))
            LEFT JOIN mart.dim_units d ON d.unit_code = u.district_code
                 AND d.valid_from <= least(p.end_date, current_date) AND (d.valid_to IS NULL OR d.valid_to >= least(p.end_date, current_date))
            WHERE v.period_id = ? AND v.hierarchy = 'as_reported' AND v.level IN ('district', 'commune')
            """;
    private static final String INDICATORS = """
            SELECT i.indicator_code, i.name_vi, i.direction
            FROM mart.dim_indicators i
            WHERE i.indicator_code IN (SELECT DISTINCT indicator_code FROM mart.fct_indicator_values WHERE period_id = ?)
            ORDER BY i.indicator_code
            """;
    private static final String SUCCESSORS = """
            SELECT u.unit_code, u.successor_code
            FROM mart.dim_units u JOIN mart.dim_periods p ON p.period_id = ?
            WHERE u.level = 'district' AND u.successor_code IS NOT NULL AND u.valid_to < least(p.end_date, current_date)
            """;

    public UnitValues {
        indicators = List.copyOf(indicators);
        units = List.copyOf(units);
        successors = Map.copyOf(successors);
    }

    /** The indicators, those with the most districts short of their target (at risk or breached) first. */
    public List<Indicator> indicatorsWorstFirst() {
        Map<String, Long> districtsShort = new HashMap<>();
        for (UnitFigures unit : units) {
            if (unit.level().equals("district") && (unit.status().equals("at_risk") || unit.status().equals("breached"))) {
                districtsShort.merge(unit.indicatorCode(), 1L, Long::sum);
            }
        }
        return indicators.stream().sorted(Comparator.comparing((Indicator indicator) -> -districtsShort.getOrDefault(indicator.code(), 0L))
                .thenComparing(Indicator::code)).toList();
    }

    public static UnitValues load(Connection connection, String periodId) throws SQLException {
        requireNonNull(periodId, "periodId is null");
        List<UnitFigures> units = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(UNITS)) {
            statement.setString(1, periodId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String unitCode = rows.getString("unit_code");
                    String name = rows.getString("unit_name");
                    units.add(new UnitFigures(rows.getString("indicator_code"), unitCode, name == null ? unitCode : name,
                            rows.getString("district_name"), rows.getString("level"), rows.getBigDecimal("value_pct"), rows.getBigDecimal("target_pct"),
                            rows.getBigDecimal("gap_pct"), rows.getString("status")));
                }
            }
        }
        return new UnitValues(indicators(connection, periodId), units, successors(connection, periodId));
    }

    private static List<Indicator> indicators(Connection connection, String periodId) throws SQLException {
        List<Indicator> indicators = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(INDICATORS)) {
            statement.setString(1, periodId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    indicators.add(new Indicator(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return indicators;
    }

    private static Map<String, String> successors(Connection connection, String periodId) throws SQLException {
        Map<String, String> successors = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SUCCESSORS)) {
            statement.setString(1, periodId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    successors.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return successors;
    }
}

package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Every indicator per unit and month, in both calendars: {@code indicator_code, unit_code, calendar, month_id,
 * numerator, denominator}, from the persisted month contributions.
 *
 * <ul>
 *   <li>Digitization: the running total of the stock's monthly changes, so each month's figure is the stock on its
 *       last day.</li>
 *   <li>Self-reported forms: used for a unit, indicator and month only where the systems measured nothing
 *       (domain.md); where both exist the two figures go to {@code quality.self_reported_gaps} (view
 *       {@code self_reported_gaps}). A form for month {@code MM/yyyy} is both the calendar month and the Decree 09
 *       reporting month of that name.</li>
 * </ul>
 */
final class MonthFacts {
    private MonthFacts() {
    }

    /** Needs {@code int_flow_months}, {@code int_digitization_changes}, {@code staging_forms}, {@code data_months}. */
    static Dataset<Row> build(SparkSession spark) {
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW digitization_months AS
                SELECT 'digitization' AS indicator_code, s.unit_code, s.calendar, s.month_id,
                       sum(coalesce(c.numerator_change, 0)) OVER running AS numerator,
                       sum(coalesce(c.denominator_change, 0)) OVER running AS denominator
                FROM (SELECT u.unit_code, m.calendar, m.month_id
                      FROM (SELECT DISTINCT unit_code FROM int_digitization_changes) u CROSS JOIN data_months m) s
                LEFT JOIN int_digitization_changes c
                  ON c.unit_code = s.unit_code AND c.calendar = s.calendar AND c.month_id = s.month_id
                WINDOW running AS (PARTITION BY s.unit_code, s.calendar ORDER BY s.month_id
                                   ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
                """);
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW system_months AS
                SELECT indicator_code, unit_code, calendar, month_id, numerator, denominator
                FROM int_flow_months WHERE denominator > 0
                UNION ALL
                SELECT * FROM digitization_months WHERE denominator > 0
                """);
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW reported_months AS
                SELECT indicator_code, unit_code, 'calendar' AS calendar, report_month AS month_id,
                       CAST(numerator AS BIGINT) AS numerator, CAST(denominator AS BIGINT) AS denominator
                FROM staging_forms
                UNION ALL
                SELECT indicator_code, unit_code, 'decree09', concat('R', report_month),
                       CAST(numerator AS BIGINT), CAST(denominator AS BIGINT)
                FROM staging_forms
                """);
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW self_reported_gaps AS
                SELECT s.indicator_code, s.unit_code, s.month_id AS period_id,
                       s.numerator AS system_numerator, s.denominator AS system_denominator,
                       r.numerator AS reported_numerator, r.denominator AS reported_denominator,
                       CAST(round(s.numerator * 100.0 / s.denominator, 4) AS DECIMAL(9,4)) AS system_value_pct,
                       CAST(round(r.numerator * 100.0 / r.denominator, 4) AS DECIMAL(9,4)) AS reported_value_pct,
                       CAST(round(r.numerator * 100.0 / r.denominator - s.numerator * 100.0 / s.denominator, 4)
                            AS DECIMAL(9,4)) AS gap_pct
                FROM system_months s JOIN reported_months r
                  ON s.indicator_code = r.indicator_code AND s.unit_code = r.unit_code
                 AND s.calendar = r.calendar AND s.month_id = r.month_id
                WHERE r.denominator > 0
                """);
        return spark.sql("""
                SELECT indicator_code, unit_code, calendar, month_id, numerator, denominator FROM system_months
                UNION ALL
                SELECT r.indicator_code, r.unit_code, r.calendar, r.month_id, r.numerator, r.denominator
                FROM reported_months r LEFT ANTI JOIN system_months s
                  ON s.indicator_code = r.indicator_code AND s.unit_code = r.unit_code
                 AND s.calendar = r.calendar AND s.month_id = r.month_id
                """);
    }
}

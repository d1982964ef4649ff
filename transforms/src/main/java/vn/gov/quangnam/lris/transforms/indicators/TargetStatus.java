package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Joins each value with the target of its level and year and classifies it.
 *
 * <ul>
 *   <li>{@code no_data}: the denominator is 0; {@code no_target}: no target rule covers the level and year.</li>
 *   <li>A period that has ended: {@code met} or {@code breached} by its value.</li>
 *   <li>A period still running: {@code at_risk} when the value so far or the projected year-end value misses the
 *       target, else {@code met}.</li>
 * </ul>
 * Projected year-end value, per unit, indicator, calendar and year, with {@code e} the months of the year elapsed:
 * for a flow, the year-to-date rate weighted {@code e/12} plus the rate of the last three complete months weighted
 * {@code (12-e)/12} (the recent trend carries the rest of the year); for a stock, the year-to-date level extended by
 * its growth since the previous year's end, {@code v + (v - v0) (12-e)/e}; clamped to 0..100. An ended year's
 * projection is its value.
 */
final class TargetStatus {
    private TargetStatus() {
    }

    /**
     * Needs {@code rolled}, {@code report_periods}, {@code targets}, {@code indicators}, {@code as_of} and {@code
     * years_before_window} ({@link PublishedHistory}).
     */
    static Dataset<Row> build(SparkSession spark) {
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW valued AS
                SELECT r.hierarchy, r.indicator_code, r.unit_code, r.level, r.period_id, r.numerator, r.denominator,
                       p.period_type, p.calendar, p.year, p.start_date, p.end_date,
                       p.end_date < (SELECT as_of_date FROM as_of) AS is_complete,
                       CASE WHEN r.denominator > 0 THEN r.numerator * 100.0 / r.denominator END AS value,
                       i.direction, i.period_aggregation
                FROM rolled r
                JOIN report_periods p ON p.period_id = r.period_id
                JOIN indicators i ON i.indicator_code = r.indicator_code
                """);
        // computed once: the projections read it three times and the judgement once more
        spark.table("valued").localCheckpoint().createOrReplaceTempView("valued");
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW projections AS
                WITH years AS (
                  SELECT hierarchy, indicator_code, unit_code, calendar, year, value AS ytd, is_complete, period_aggregation
                  FROM valued WHERE period_type = 'year'
                ),
                months AS (
                  SELECT hierarchy, indicator_code, unit_code, calendar, year, numerator, denominator, is_complete,
                         row_number() OVER (PARTITION BY hierarchy, indicator_code, unit_code, calendar, year, is_complete
                                            ORDER BY start_date DESC) AS recency
                  FROM valued WHERE period_type = 'month'
                ),
                recent AS (
                  SELECT hierarchy, indicator_code, unit_code, calendar, year,
                         CASE WHEN sum(denominator) > 0 THEN sum(numerator) * 100.0 / sum(denominator) END AS recent_rate
                  FROM months WHERE is_complete AND recency <= 3
                  GROUP BY hierarchy, indicator_code, unit_code, calendar, year
                ),
                elapsed AS (
                  SELECT calendar, year, count(*) AS elapsed_months
                  FROM report_periods WHERE period_type = 'month'
                  GROUP BY calendar, year
                )
                SELECT y.hierarchy, y.indicator_code, y.unit_code, y.calendar, y.year,
                       CASE WHEN y.ytd IS NULL THEN NULL
                            WHEN y.is_complete THEN y.ytd
                            WHEN y.period_aggregation = 'flow' THEN
                                 greatest(0, least(100, y.ytd * e.elapsed_months / 12.0
                                                  + coalesce(r.recent_rate, y.ytd) * (12 - e.elapsed_months) / 12.0))
                            ELSE greatest(0, least(100, y.ytd + (y.ytd - coalesce(previous.ytd, y.ytd))
                                                           * (12 - e.elapsed_months) / e.elapsed_months))
                       END AS projected
                FROM years y
                JOIN elapsed e ON e.calendar = y.calendar AND e.year = y.year
                LEFT JOIN recent r ON r.hierarchy = y.hierarchy AND r.indicator_code = y.indicator_code
                     AND r.unit_code = y.unit_code AND r.calendar = y.calendar AND r.year = y.year
                LEFT JOIN (SELECT hierarchy, indicator_code, unit_code, calendar, year, ytd FROM years
                           UNION ALL SELECT * FROM years_before_window) previous ON previous.hierarchy = y.hierarchy AND previous.indicator_code = y.indicator_code
                     AND previous.unit_code = y.unit_code AND previous.calendar = y.calendar AND previous.year = y.year - 1
                """);
        return spark.sql("""
                WITH judged AS (
                  SELECT v.*, t.target_pct, pr.projected,
                         CASE WHEN v.direction = 'at_least' THEN v.value >= t.target_pct ELSE v.value <= t.target_pct END AS value_meets,
                         CASE WHEN pr.projected IS NULL THEN NULL
                              WHEN v.direction = 'at_least' THEN pr.projected >= t.target_pct
                              ELSE pr.projected <= t.target_pct END AS projection_meets
                  FROM valued v
                  LEFT JOIN targets t ON t.indicator_code = v.indicator_code AND t.level = v.level AND t.year = v.year
                  LEFT JOIN projections pr ON pr.hierarchy = v.hierarchy AND pr.indicator_code = v.indicator_code
                       AND pr.unit_code = v.unit_code AND pr.calendar = v.calendar AND pr.year = v.year
                )
                SELECT indicator_code, unit_code, period_id, hierarchy, level,
                       CAST(numerator AS BIGINT) AS numerator, CAST(denominator AS BIGINT) AS denominator,
                       CAST(round(value, 4) AS DECIMAL(9,4)) AS value_pct,
                       target_pct,
                       CAST(round(CASE WHEN direction = 'at_least' THEN value - target_pct ELSE target_pct - value END, 4)
                            AS DECIMAL(9,4)) AS gap_pct,
                       CASE WHEN denominator = 0 THEN 'no_data'
                            WHEN target_pct IS NULL THEN 'no_target'
                            WHEN is_complete AND value_meets THEN 'met'
                            WHEN is_complete THEN 'breached'
                            WHEN value_meets AND coalesce(projection_meets, true) THEN 'met'
                            ELSE 'at_risk' END AS status,
                       CAST(round(projected, 4) AS DECIMAL(9,4)) AS projected_year_end_pct,
                       period_type, calendar, start_date, year
                FROM judged
                """);
    }
}

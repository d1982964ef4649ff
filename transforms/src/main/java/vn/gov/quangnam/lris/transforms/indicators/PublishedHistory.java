package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.SparkSession;
import vn.gov.quangnam.lris.transforms.incremental.RecomputeWindow;

/**
 * What the recomputed years need from the published years before them, as views (empty when every year is
 * recomputed):
 * <ul>
 *   <li>{@code years_before_window}: each unit's year value of the year before the window, which a stock
 *       indicator's projection extends ({@link TargetStatus});</li>
 *   <li>{@code breach_runs_before_window}: per unit, indicator, calendar and period type, how many consecutive
 *       periods were breached at the last judged period before the window (0 when it was met), which a breach run
 *       crossing into the window continues ({@link Breaches}).</li>
 * </ul>
 * Their values are exactly what the same computation gives for those years: nothing before the window changed.
 */
final class PublishedHistory {
    private PublishedHistory() {
    }

    static void register(SparkSession spark, RecomputeWindow window) {
        // unqualified: the same condition filters the published values and the published breaches
        String before = window.isEveryYear() ? "false" : "period_year < " + window.fromYear();
        String yearBefore = window.isEveryYear() ? "false" : "v.period_year = " + (window.fromYear() - 1);
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW years_before_window AS
                SELECT v.hierarchy, v.indicator_code, v.unit_code, p.calendar, p.year,
                       CASE WHEN v.denominator > 0 THEN v.numerator * 100.0 / v.denominator END AS ytd
                FROM mart.fct_indicator_values v
                JOIN mart.dim_periods p ON p.period_id = v.period_id
                WHERE p.period_type = 'year' AND %s
                """.formatted(yearBefore));
        // the last judged period of each series first (a few rows per series), then its breach run, if it was breached
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW breach_runs_before_window AS
                WITH last_judged AS (
                  SELECT v.indicator_code, v.unit_code, p.calendar, p.period_type,
                         max_by(v.period_id, p.start_date) AS period_id, max_by(v.status, p.start_date) AS status
                  FROM mart.fct_indicator_values v
                  JOIN mart.dim_periods p ON p.period_id = v.period_id
                  WHERE v.hierarchy = 'as_reported' AND v.status IN ('met', 'breached', 'at_risk') AND %1$s
                  GROUP BY v.indicator_code, v.unit_code, p.calendar, p.period_type
                )
                SELECT l.indicator_code, l.unit_code, l.calendar, l.period_type,
                       IF(l.status = 'breached', b.consecutive_periods, 0) AS carried
                FROM last_judged l
                LEFT JOIN (SELECT indicator_code, unit_code, period_id, consecutive_periods FROM mart.fct_breaches WHERE %1$s) b
                  ON b.indicator_code = l.indicator_code AND b.unit_code = l.unit_code AND b.period_id = l.period_id
                """.formatted(before));
    }
}

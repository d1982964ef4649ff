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
        String before = window.isEveryYear() ? "false" : "v.period_year < " + window.fromYear();
        String yearBefore = window.isEveryYear() ? "false" : "v.period_year = " + (window.fromYear() - 1);
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW years_before_window AS
                SELECT v.hierarchy, v.indicator_code, v.unit_code, p.calendar, p.year,
                       CASE WHEN v.denominator > 0 THEN v.numerator * 100.0 / v.denominator END AS ytd
                FROM mart.fct_indicator_values v
                JOIN mart.dim_periods p ON p.period_id = v.period_id
                WHERE p.period_type = 'year' AND %s
                """.formatted(yearBefore));
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW breach_runs_before_window AS
                SELECT v.indicator_code, v.unit_code, p.calendar, p.period_type,
                       max_by(IF(v.status = 'breached', b.consecutive_periods, 0), p.start_date) AS carried
                FROM mart.fct_indicator_values v
                JOIN mart.dim_periods p ON p.period_id = v.period_id
                LEFT JOIN mart.fct_breaches b
                  ON b.indicator_code = v.indicator_code AND b.unit_code = v.unit_code AND b.period_id = v.period_id
                WHERE v.hierarchy = 'as_reported' AND v.status IN ('met', 'breached', 'at_risk') AND %s
                GROUP BY v.indicator_code, v.unit_code, p.calendar, p.period_type
                """.formatted(before));
    }
}

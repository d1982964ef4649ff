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
    /** Per series, the length of the breach run at its last judged period in the published years chosen by the two conditions (on {@code v} and {@code b}). */
    private static final String BREACH_RUNS = """
            SELECT v.indicator_code, v.unit_code, p.calendar, p.period_type,
                   max_by(IF(v.status = 'breached', b.consecutive_periods, 0), p.start_date) AS carried
            FROM mart.fct_indicator_values v
            JOIN mart.dim_periods p ON p.period_id = v.period_id
            LEFT JOIN mart.fct_breaches b
              ON b.indicator_code = v.indicator_code AND b.unit_code = v.unit_code AND b.period_id = v.period_id AND %2$s
            WHERE v.hierarchy = 'as_reported' AND v.status IN ('met', 'breached', 'at_risk') AND %1$s
            GROUP BY v.indicator_code, v.unit_code, p.calendar, p.period_type
            """;

    private PublishedHistory() {
    }

    static void register(SparkSession spark, RecomputeWindow window) {
        String yearBefore = window.isEveryYear() ? "false" : "v.period_year = " + (window.fromYear() - 1);
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW years_before_window AS
                SELECT v.hierarchy, v.indicator_code, v.unit_code, p.calendar, p.year,
                       CASE WHEN v.denominator > 0 THEN v.numerator * 100.0 / v.denominator END AS ytd
                FROM mart.fct_indicator_values v
                JOIN mart.dim_periods p ON p.period_id = v.period_id
                WHERE p.period_type = 'year' AND %s
                """.formatted(yearBefore));
    }

    /**
     * Registers {@code breach_runs_before_window}; needs {@code judged_values}. A series' last judged period before
     * the window is in the year before it whenever the series was judged that year, so that year's partitions are
     * read first; the earlier years only when a series of the window was not judged in it.
     */
    static void registerBreachRuns(SparkSession spark, RecomputeWindow window) {
        if (window.isEveryYear()) {
            spark.sql(BREACH_RUNS.formatted("false", "false")).createOrReplaceTempView("breach_runs_before_window");
            return;
        }
        int yearBefore = window.fromYear() - 1;
        spark.sql(BREACH_RUNS.formatted("v.period_year = " + yearBefore, "b.period_year = " + yearBefore))
                .localCheckpoint().createOrReplaceTempView("breach_runs_before_window");
        long seriesNotFound = spark.sql("""
                SELECT count(*) FROM (SELECT DISTINCT indicator_code, unit_code, calendar, period_type FROM judged_values
                                      WHERE hierarchy = 'as_reported') j
                LEFT ANTI JOIN breach_runs_before_window c ON c.indicator_code = j.indicator_code
                     AND c.unit_code = j.unit_code AND c.calendar = j.calendar AND c.period_type = j.period_type
                """).first().getLong(0);
        if (seriesNotFound > 0) {
            spark.sql("""
                    SELECT * FROM breach_runs_before_window
                    UNION ALL
                    SELECT o.* FROM (%s) o
                    LEFT ANTI JOIN breach_runs_before_window c ON c.indicator_code = o.indicator_code
                         AND c.unit_code = o.unit_code AND c.calendar = o.calendar AND c.period_type = o.period_type
                    """.formatted(BREACH_RUNS.formatted("v.period_year < " + yearBefore, "b.period_year < " + yearBefore)))
                    .localCheckpoint().createOrReplaceTempView("breach_runs_before_window");
        }
    }
}

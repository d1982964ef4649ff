package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.gov.quangnam.lris.transforms.incremental.RecomputeWindow;

/**
 * How many consecutive periods each series (unit, indicator, calendar, period type, as reported) has been breached:
 * periods with no data or no target do not count and do not break a run; a met or at-risk period ends it.
 *
 * <p>A run can begin years before the recomputed ones. So that an incremental run does not read the published
 * history to find where each run stood, every run also keeps, in {@value #TABLE}, each series' run length at the end
 * of each year it computed (the length at its last judged period up to that year's end; only series with a run
 * going on). The next run reads one year of it: the year before its window.
 */
final class BreachRuns {
    static final String TABLE = "staging.int_breach_runs";
    private static final String SERIES = "indicator_code, unit_code, calendar, period_type";

    private BreachRuns() {
    }

    /** Creates {@value #TABLE} if it does not exist yet (a warehouse from before it: its first run recomputes every year). */
    static void createIfMissing(SparkSession spark) {
        spark.sql("""
                CREATE TABLE IF NOT EXISTS lris.%s (
                  indicator_code STRING NOT NULL, unit_code STRING NOT NULL, calendar STRING NOT NULL,
                  period_type STRING NOT NULL, period_year INT NOT NULL, consecutive_periods INT NOT NULL)
                USING iceberg PARTITIONED BY (period_year) TBLPROPERTIES ('format-version'='2')
                """.formatted(TABLE));
    }

    /**
     * {@code breach_runs_before_window}: each series' run length at the end of the year before the window (series
     * with none are absent); empty when every year is recomputed.
     */
    static void registerBeforeWindow(SparkSession spark, RecomputeWindow window) {
        // read once: the runs and the year ends join it
        spark.sql("""
                SELECT %s, consecutive_periods AS carried FROM lris.%s WHERE %s
                """.formatted(SERIES, TABLE, window.isEveryYear() ? "false" : "period_year = " + (window.fromYear() - 1)))
                .localCheckpoint().createOrReplaceTempView("breach_runs_before_window");
    }

    /**
     * Each judged value (as reported) with {@code consecutive_periods}: the length of the run it ends (0 when it is
     * not breached). Needs {@code judged_values} (TargetStatus output) and {@code breach_runs_before_window}.
     */
    static Dataset<Row> build(SparkSession spark) {
        return spark.sql("""
                WITH series AS (
                  SELECT j.*, sum(IF(j.status = 'breached', 0, 1)) OVER (
                              PARTITION BY j.indicator_code, j.unit_code, j.calendar, j.period_type ORDER BY j.start_date
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run_group,
                         coalesce(c.carried, 0) AS carried
                  FROM judged_values j
                  LEFT JOIN breach_runs_before_window c ON c.indicator_code = j.indicator_code
                       AND c.unit_code = j.unit_code AND c.calendar = j.calendar AND c.period_type = j.period_type
                  WHERE j.hierarchy = 'as_reported' AND j.status IN ('met', 'breached', 'at_risk')
                )
                SELECT indicator_code, unit_code, period_id, level, value_pct, target_pct, gap_pct, status, calendar,
                       period_type, start_date, year,
                       sum(IF(status = 'breached', 1, 0)) OVER (
                           PARTITION BY indicator_code, unit_code, calendar, period_type, run_group ORDER BY start_date
                           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
                         -- a run that began before the recomputed years goes on from its length then
                         + IF(run_group = 0, carried, 0) AS consecutive_periods
                FROM series
                """);
    }

    /**
     * The rows of {@value #TABLE} for the computed years: per series and year, the run length at the year's last
     * judged period, or carried on from the year before when it has none. Needs {@code breach_runs} ({@link #build}),
     * {@code breach_runs_before_window} and {@code window_periods}.
     */
    static Dataset<Row> yearEnds(SparkSession spark) {
        return spark.sql("""
                WITH last_of_year AS (
                  SELECT %1$s, year, max_by(consecutive_periods, start_date) AS consecutive_periods
                  FROM breach_runs GROUP BY %1$s, year
                ),
                series AS (
                  SELECT DISTINCT %1$s FROM last_of_year
                  UNION SELECT %1$s FROM breach_runs_before_window
                ),
                years AS (SELECT DISTINCT year FROM window_periods),
                by_year AS (
                  SELECT s.indicator_code, s.unit_code, s.calendar, s.period_type, y.year AS period_year,
                         coalesce(last_value(l.consecutive_periods, true) OVER (
                                      PARTITION BY s.indicator_code, s.unit_code, s.calendar, s.period_type ORDER BY y.year
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
                                  b.carried, 0) AS consecutive_periods
                  FROM series s CROSS JOIN years y
                  LEFT JOIN last_of_year l ON l.indicator_code = s.indicator_code AND l.unit_code = s.unit_code
                       AND l.calendar = s.calendar AND l.period_type = s.period_type AND l.year = y.year
                  LEFT JOIN breach_runs_before_window b ON b.indicator_code = s.indicator_code AND b.unit_code = s.unit_code
                       AND b.calendar = s.calendar AND b.period_type = s.period_type
                )
                SELECT indicator_code, unit_code, calendar, period_type, period_year,
                       CAST(consecutive_periods AS INT) AS consecutive_periods
                FROM by_year WHERE consecutive_periods > 0
                """.formatted(SERIES));
    }
}

package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The breaches, as reported (heads of units answer for their units as they were): each unit, indicator and period
 * that missed its target, with how many consecutive periods of the same type and calendar it has lasted, and a
 * severity: {@code critical} from the third consecutive period or 20 points short, {@code major} from the second or
 * 10 points short, else {@code minor}.
 */
final class Breaches {
    private Breaches() {
    }

    /** Needs {@code judged_values} (TargetStatus output), {@code targets} and {@code breach_runs_before_window}. */
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
                ),
                runs AS (
                  SELECT *, sum(IF(status = 'breached', 1, 0)) OVER (
                              PARTITION BY indicator_code, unit_code, calendar, period_type, run_group ORDER BY start_date
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
                            -- a run that began before the recomputed years goes on from its published length
                            + IF(run_group = 0, carried, 0) AS consecutive_periods
                  FROM series
                )
                SELECT r.indicator_code, r.unit_code, r.period_id, r.level, r.value_pct, r.target_pct, r.gap_pct,
                       CAST(r.consecutive_periods AS INT) AS consecutive_periods,
                       CASE WHEN r.consecutive_periods >= 3 OR r.gap_pct <= -20 THEN 'critical'
                            WHEN r.consecutive_periods >= 2 OR r.gap_pct <= -10 THEN 'major'
                            ELSE 'minor' END AS severity,
                       t.source_document, r.year AS period_year
                FROM runs r
                JOIN targets t ON t.indicator_code = r.indicator_code AND t.level = r.level
                     AND t.year = CAST(substring(regexp_replace(r.period_id, '^R', ''), 1, 4) AS INT)
                WHERE r.status = 'breached'
                """);
    }
}

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

    /** Needs {@code breach_runs} ({@link BreachRuns#build}) and {@code targets}. */
    static Dataset<Row> build(SparkSession spark) {
        return spark.sql("""
                SELECT r.indicator_code, r.unit_code, r.period_id, r.level, r.value_pct, r.target_pct, r.gap_pct,
                       CAST(r.consecutive_periods AS INT) AS consecutive_periods,
                       CASE WHEN r.consecutive_periods >= 3 OR r.gap_pct <= -20 THEN 'critical'
                            WHEN r.consecutive_periods >= 2 OR r.gap_pct <= -10 THEN 'major'
                            ELSE 'minor' END AS severity,
                       t.source_document, r.year AS period_year
                FROM breach_runs r
                JOIN targets t ON t.indicator_code = r.indicator_code AND t.level = r.level
                     AND t.year = CAST(substring(regexp_replace(r.period_id, '^R', ''), 1, 4) AS INT)
                WHERE r.status = 'breached'
                """);
    }
}

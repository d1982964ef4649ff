package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Month facts to every period that contains the month (month, quarter, half-year, year; same calendar), by the
 * indicator's {@code period_aggregation} in the catalogue: {@code flow} sums the months, {@code stock} takes the latest
 * month of the period. The unfinished overdue dossiers judged at each period's end are added to on_time and
 * late_dossiers. Columns: indicator_code, unit_code, period_id, numerator, denominator.
 */
final class PeriodFacts {
    private PeriodFacts() {
    }

    /** Needs the views {@code month_facts}, {@code month_period_map}, {@code indicators}, {@code overdue}. */
    static Dataset<Row> build(SparkSession spark) {
        return spark.sql("""
                WITH mapped AS (
                  SELECT f.indicator_code, f.unit_code, m.period_id, f.month_id, f.numerator, f.denominator,
                         i.period_aggregation
                  FROM month_facts f
                  JOIN month_period_map m ON m.calendar = f.calendar AND m.month_id = f.month_id
                  JOIN indicators i ON i.indicator_code = f.indicator_code
                ),
                flows AS (
                  SELECT indicator_code, unit_code, period_id, sum(numerator) AS numerator, sum(denominator) AS denominator
                  FROM mapped WHERE period_aggregation = 'flow'
                  GROUP BY indicator_code, unit_code, period_id
                ),
                stocks AS (
                  SELECT indicator_code, unit_code, period_id, numerator, denominator
                  FROM (SELECT *, row_number() OVER (PARTITION BY indicator_code, unit_code, period_id
                                                     ORDER BY month_id DESC) AS latest
                        FROM mapped WHERE period_aggregation = 'stock')
                  WHERE latest = 1
                ),
                overdue_facts AS (
                  SELECT 'on_time' AS indicator_code, unit_code, period_id, 0 AS numerator, overdue AS denominator FROM overdue
                  UNION ALL
                  SELECT 'late_dossiers', unit_code, period_id, overdue, overdue FROM overdue
                )
                SELECT indicator_code, unit_code, period_id, CAST(sum(numerator) AS BIGINT) AS numerator,
                       CAST(sum(denominator) AS BIGINT) AS denominator
                FROM (SELECT * FROM flows UNION ALL SELECT * FROM stocks UNION ALL SELECT * FROM overdue_facts)
                GROUP BY indicator_code, unit_code, period_id
                """);
    }
}

package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The unfinished part of the on-time rule (sources.md §1): "a dossier not finished by the end of the period is judged
 * at the period's end". A dossier received before a period's end, past its due time (promised date plus the citizen's supplement time) at that end and not finished
 * by then counts as late in that period, for {@code on_time} (denominator) and {@code late_dossiers} (both). Periods
 * still running are judged at the as-of instant.
 *
 * <p>Only dossiers that were ever overdue can qualify (unfinished, or finished after the promised date), a small
 * share, so the join with the periods stays small.
 */
final class OverdueDossiers {
    /**
     * The dossiers the rule can ever count: with a promised date, and unfinished or finished after their due time,
     * the promised date pushed back by the citizen's time on supplements (that time is not the office's delay).
     */
    static final String LATE_CANDIDATES = """
            SELECT source_endpoint, dossier_id, unit_code, received_at, due_at, finished_at
            FROM (SELECT *, timestampadd(SECOND, supplement_seconds, promised_at) AS due_at FROM %s)
            WHERE promised_at IS NOT NULL AND (finished_at IS NULL OR finished_at > due_at)
            """;

    private OverdueDossiers() {
    }

    /**
     * Needs {@code int_late_dossiers} (every dossier that is or was overdue: unfinished, or finished after its
     * promised date), {@code window_periods} and {@code as_of}. Columns: unit_code, period_id, overdue.
     */
    static Dataset<Row> perPeriod(SparkSession spark) {
        return spark.sql("""
                WITH periods AS (
                  SELECT period_id,
                         least(to_utc_timestamp(CAST(date_add(end_date, 1) AS TIMESTAMP), 'Asia/Ho_Chi_Minh'),
                               (SELECT as_of_instant FROM as_of)) AS judged_at
                  FROM window_periods
                ),
                -- finished before the first period end judged: late in no period of this run (most of history, incrementally)
                open_at_judgement AS (
                  SELECT * FROM int_late_dossiers
                  WHERE finished_at IS NULL OR finished_at >= (SELECT min(judged_at) FROM periods)
                )
                SELECT d.unit_code, p.period_id, count(*) AS overdue
                FROM open_at_judgement d
                JOIN periods p
                  ON d.received_at < p.judged_at AND d.due_at < p.judged_at
                 AND (d.finished_at IS NULL OR d.finished_at >= p.judged_at)
                GROUP BY d.unit_code, p.period_id
                """);
    }
}

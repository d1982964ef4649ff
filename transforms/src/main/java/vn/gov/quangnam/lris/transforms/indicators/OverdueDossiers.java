package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * The unfinished part of the on-time rule (sources.md §1): "a dossier not finished by the end of the period is judged
 * at the period's end". A dossier received before a period's end, past its due time (promised date plus the citizen's supplement time) at that end and not finished
 * by then counts as late in that period, for {@code on_time} (denominator) and {@code late_dossiers} (both). Periods
 * still running are judged at the as-of instant.
 *
 * <p>Only dossiers that were ever overdue can qualify (unfinished, or finished after the promised date): the
 * intermediate table {@code int_late_dossiers} keeps those.
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
     * promised date), {@code window_periods} and {@code as_of}. Columns: unit_code, period_id, overdue (only where
     * positive).
     *
     * <p>Counted as a running sum, not by comparing every dossier with every period: a dossier is overdue at a
     * judgement instant {@code j} when {@code greatest(received_at, due_at) < j} and it is not finished before
     * {@code j}, that is +1 from the first instant and -1 from {@code greatest(received_at, due_at, finished_at)}.
     * Each change is assigned to the first judgement instant after it, summed per unit and instant, and accumulated
     * over the instants in order: exact to the microsecond, also for a period still running, judged at "now".
     */
    static Dataset<Row> perPeriod(SparkSession spark) {
        // kept, so that "now" (a running period's judgement) is the same instant in the list below and in the join
        Dataset<Row> judged = spark.sql("""
                SELECT period_id,
                       unix_micros(least(to_utc_timestamp(CAST(date_add(end_date, 1) AS TIMESTAMP), 'Asia/Ho_Chi_Minh'),
                                         (SELECT as_of_instant FROM as_of))) AS judged_micros
                FROM window_periods
                """).localCheckpoint();
        List<Long> instants = judged.selectExpr("judged_micros").distinct().orderBy("judged_micros").collectAsList()
                .stream().map(row -> row.getLong(0)).toList();
        if (instants.isEmpty()) {
            return spark.sql("SELECT unit_code, CAST(NULL AS STRING) AS period_id, 0L AS overdue FROM int_late_dossiers WHERE false");
        }
        UserDefinedFunction firstJudgementAfter = firstJudgementAfter(instants);
        // a period's instant is in the list: the first one after it is the next index
        judged.withColumn("judgement_index", firstJudgementAfter.apply(col("judged_micros")).minus(1))
                .createOrReplaceTempView("judgements");
        spark.sql("""
                SELECT d.unit_code, c.changed_at, c.change
                FROM int_late_dossiers d
                LATERAL VIEW inline(array(
                    named_struct('changed_at', unix_micros(greatest(d.received_at, d.due_at)), 'change', 1),
                    -- greatest() skips nulls: an unfinished dossier never stops being overdue
                    named_struct('changed_at', IF(d.finished_at IS NULL, NULL,
                                                  unix_micros(greatest(d.received_at, d.due_at, d.finished_at))),
                                 'change', -1))) c
                WHERE d.received_at IS NOT NULL AND d.due_at IS NOT NULL
                  -- finished before the first judgement: late in no period of the run (most of the history,
                  -- incrementally); a constant, so that Iceberg skips the years finished before it
                  AND (d.finished_at IS NULL OR d.finished_at >= timestamp_micros(%d))
                  AND c.changed_at < %d
                """.formatted(instants.get(0), instants.get(instants.size() - 1)))
                .withColumn("first_judgement", firstJudgementAfter.apply(col("changed_at")))
                .createOrReplaceTempView("overdue_changes");
        return spark.sql("""
                WITH changes_by_judgement AS (
                  SELECT unit_code, first_judgement, sum(change) AS change FROM overdue_changes GROUP BY 1, 2
                ),
                -- the count from each judgement with a change up to the next one
                overdue_from_judgement AS (
                  SELECT unit_code, first_judgement,
                         lead(first_judgement) OVER (PARTITION BY unit_code ORDER BY first_judgement) AS next_change,
                         sum(change) OVER (PARTITION BY unit_code ORDER BY first_judgement) AS overdue
                  FROM changes_by_judgement
                )
                SELECT o.unit_code, j.period_id, o.overdue
                FROM overdue_from_judgement o
                JOIN judgements j ON j.judgement_index >= o.first_judgement
                                 AND (o.next_change IS NULL OR j.judgement_index < o.next_change)
                WHERE o.overdue > 0
                """);
    }

    /**
     * The index of the first of the instants (ascending, distinct) after a change's instant: the change counts at
     * that judgement and the ones after it. A binary search: a full rebuild judges about a hundred instants, and a
     * CASE over them for each change took longer than the rest of the step.
     */
    private static UserDefinedFunction firstJudgementAfter(List<Long> instants) {
        long[] sorted = instants.stream().mapToLong(Long::longValue).toArray();
        return functions.udf((UDF1<Long, Integer>) changedAt -> {
            int found = Arrays.binarySearch(sorted, changedAt);
            return found >= 0 ? found + 1 : -found - 1;
        }, DataTypes.IntegerType);
    }
}

package vn.gov.quangnam.lris.transforms.publish;

import org.apache.iceberg.Snapshot;
import org.apache.iceberg.spark.CommitMetadata;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import vn.gov.quangnam.lris.transforms.incremental.RawSnapshots;
import vn.gov.quangnam.lris.transforms.incremental.RecomputeWindow;

import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Publishes the computed views into the mart tables. Each table's recomputed part (every row, or the partitions of
 * the recomputed years) is replaced in one Iceberg commit, so a query during a publish sees the previous run or the
 * new one, never a mix; a failure before a commit publishes nothing of that table.
 */
public final class MartPublisher {
    private final SparkSession spark;

    public MartPublisher(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * Replaces the rows of {@code table} in the window with the view's rows (columns by name), recording {@code
     * summary} in the commit; the table must be partitioned by {@code period_year} for a window of years. Returns the
     * new snapshot.
     */
    public Snapshot replace(String table, String view, RecomputeWindow window, Map<String, String> summary) {
        Column replaced = window.isEveryYear() ? lit(true) : col("period_year").geq(window.fromYear());
        CommitMetadata.withCommitProperties(summary, () -> {
            try {
                spark.table(view).writeTo("lris." + table).overwrite(replaced);
            } catch (NoSuchTableException missing) {
                throw new IllegalStateException("cannot publish " + table + ": the table does not exist; run 'lris schema apply'", missing);
            }
            return null;
        }, RuntimeException.class);
        return RawSnapshots.load(spark, table).currentSnapshot();
    }

    /** Replaces every row of {@code table} with the view's rows. */
    public Snapshot replaceAll(String table, String view) {
        return replace(table, view, RecomputeWindow.everyYear("whole table"), Map.of());
    }
}

package vn.gov.quangnam.lris.transforms.publish;

import org.apache.iceberg.Snapshot;
import vn.gov.quangnam.lris.transforms.incremental.RawSnapshots;
import org.apache.spark.sql.SparkSession;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Publishes the computed views into the mart tables. Each table's content is replaced in one Iceberg commit, so a
 * query during a publish sees the previous run or the new one, never a mix; a failure before a commit publishes
 * nothing of that table.
 */
public final class MartPublisher {
    private final SparkSession spark;

    public MartPublisher(SparkSession spark) {
        this.spark = spark;
    }

    /** Replaces {@code table}'s content with the view's rows (columns by name); returns the new snapshot id. */
    public long replace(String table, String view) {
        spark.sql("INSERT OVERWRITE lris.%s SELECT * FROM %s".formatted(table, view));
        Snapshot snapshot = loadTable(table).currentSnapshot();
        return snapshot == null ? -1 : snapshot.snapshotId();
    }

    public Map<String, Long> replaceAll(Map<String, String> viewsByTable) {
        Map<String, Long> snapshots = new LinkedHashMap<>();
        viewsByTable.forEach((table, view) -> snapshots.put(table, replace(table, view)));
        return snapshots;
    }

    private org.apache.iceberg.Table loadTable(String table) {
        return RawSnapshots.load(spark, table);
    }
}

package vn.gov.quangnam.lris.transforms.incremental;

import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.spark.CommitMetadata;
import org.apache.iceberg.spark.Spark3Util;
import org.apache.spark.sql.SparkSession;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * Which raw snapshots a derived table reflects. Kept in the derived table's snapshot summary
 * ({@value #SUMMARY_KEY}), written by the same commit as the data, so a crash can never leave a table with data
 * from changes it does not know it has absorbed (or the reverse).
 */
public final class RawSnapshots {
    public static final String SUMMARY_KEY = "lris.raw-snapshots";

    private RawSnapshots() {
    }

    /** The table does not exist (yet). */
    public static final class TableNotFound extends RuntimeException {
        TableNotFound(String table) {
            super("no table " + table);
        }
    }

    /** The current snapshot id of each raw table (-1 for a table with no snapshot yet). */
    public static Map<String, Long> current(SparkSession spark, List<String> rawTables) {
        Map<String, Long> snapshots = new LinkedHashMap<>();
        for (String rawTable : rawTables) {
            Snapshot snapshot = load(spark, rawTable).currentSnapshot();
            snapshots.put(rawTable, snapshot == null ? -1L : snapshot.snapshotId());
        }
        return snapshots;
    }

    /** The raw snapshots the derived table reflects, or empty when it does not exist or never recorded them. */
    public static Optional<Map<String, Long>> reflectedBy(SparkSession spark, String derivedTable) {
        Snapshot snapshot;
        try {
            snapshot = load(spark, derivedTable).currentSnapshot();
        } catch (TableNotFound missing) {
            return Optional.empty();
        }
        if (snapshot == null || !snapshot.summary().containsKey(SUMMARY_KEY)) {
            return Optional.empty();
        }
        Map<String, Long> reflected = new LinkedHashMap<>();
        for (String entry : snapshot.summary().get(SUMMARY_KEY).split(";")) {
            int equals = entry.indexOf('=');
            reflected.put(entry.substring(0, equals), Long.parseLong(entry.substring(equals + 1)));
        }
        return Optional.of(reflected);
    }

    /** Runs a Spark write whose Iceberg commit records {@code snapshots} in its summary. */
    public static void commitWith(Map<String, Long> snapshots, Runnable write) {
        commitReturning(snapshots, () -> {
            write.run();
            return null;
        });
    }

    /** The same, for a write that returns what it did. */
    public static <T> T commitReturning(Map<String, Long> snapshots, Callable<T> write) {
        String value = snapshots.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(";"));
        return CommitMetadata.withCommitProperties(Map.of(SUMMARY_KEY, value), write, RuntimeException.class);
    }

    /** Whether a snapshot is still in the raw table's history (an expired one forces a rebuild). */
    public static boolean isInHistory(SparkSession spark, String rawTable, long snapshotId) {
        if (snapshotId == -1L) {
            return true;
        }
        return load(spark, rawTable).snapshot(snapshotId) != null;
    }

    public static Table load(SparkSession spark, String table) {
        try {
            // qualified with the catalog, or Spark3Util first tries the namespace as a catalog name
            String qualified = table.startsWith(spark.conf().get("spark.sql.defaultCatalog") + ".")
                    ? table : spark.conf().get("spark.sql.defaultCatalog") + "." + table;
            return Spark3Util.loadIcebergTable(spark, qualified);
        } catch (org.apache.spark.sql.catalyst.analysis.NoSuchTableException e) {
            throw new TableNotFound(table);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load Iceberg table " + table + ": " + e.getMessage(), e);
        }
    }
}

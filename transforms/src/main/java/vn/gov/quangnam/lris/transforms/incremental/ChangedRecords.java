package vn.gov.quangnam.lris.transforms.incremental;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.gov.quangnam.lris.transforms.staging.StagingModel;

/**
 * The records of one source that changed between two raw snapshots, as staging rows: their version as of the older
 * snapshot (absent for new records) and as of the newer one. Only the partitions from the oldest changed record's
 * date on are read, so the work depends on how old the changed records are, not on how much history there is.
 *
 * <p>This relies on a record's partition date (received, issued, opened) never changing between its versions, as in
 * the source contracts (sources.md: a dossier is sent again when its <em>state</em> changes). A source that corrects
 * such a date makes incremental figures drift until the next full rebuild ({@code lris transform --full}, scheduled
 * weekly by default), which recomputes everything from the raw layer.
 */
public final class ChangedRecords {
    private ChangedRecords() {
    }

    /**
     * Registers views {@code <prefix>_old} and {@code <prefix>_new}; returns the number of appended raw rows.
     *
     * @param dateColumn the raw table's partition date column (received_at, issued_at, ...), never changed by updates
     */
    public static long register(SparkSession spark, StagingModel model, String dateColumn, long fromSnapshot, long toSnapshot,
                                String prefix) {
        String raw = "lris." + model.rawTable();
        Dataset<Row> appended = fromSnapshot == -1L
                ? spark.read().format("iceberg").option("snapshot-id", toSnapshot).load(raw)
                : spark.read().format("iceberg").option("start-snapshot-id", fromSnapshot).option("end-snapshot-id", toSnapshot).load(raw);
        appended.createOrReplaceTempView(prefix + "_appended");
        spark.sql("SELECT DISTINCT %2$s FROM %1$s_appended".formatted(prefix, model.keyColumns())).createOrReplaceTempView(prefix + "_keys");
        Row earliest = spark.sql("SELECT min(%s), count(*) FROM %s_appended".formatted(dateColumn, prefix)).first();
        long appendedRows = earliest.getLong(1);
        String since = earliest.isNullAt(0) ? "1970-01-01" : earliest.get(0).toString();
        String keyJoin = String.join(" AND ", java.util.Arrays.stream(model.keyColumns().split(","))
                .map(String::strip).map(column -> "r." + column + " = k." + column).toList());
        String versionsAt = """
                SELECT r.* FROM (SELECT * FROM %1$s %2$s WHERE %3$s >= '%4$s') r
                LEFT SEMI JOIN %5$s_keys k ON %6$s
                """;
        // read once and kept: the flow, late-dossier and staging updates all use them
        spark.sql(versionsAt.formatted(raw, "VERSION AS OF " + toSnapshot, dateColumn, since, prefix, keyJoin))
                .localCheckpoint().createOrReplaceTempView(prefix + "_raw_new");
        if (fromSnapshot == -1L) {
            spark.sql("CREATE OR REPLACE TEMPORARY VIEW %1$s_raw_old AS SELECT * FROM %1$s_raw_new WHERE false".formatted(prefix));
        } else {
            spark.sql(versionsAt.formatted(raw, "VERSION AS OF " + fromSnapshot, dateColumn, since, prefix, keyJoin))
                    .localCheckpoint().createOrReplaceTempView(prefix + "_raw_old");
        }
        spark.sql(model.selectFrom(prefix + "_raw_new")).createOrReplaceTempView(prefix + "_new");
        spark.sql(model.selectFrom(prefix + "_raw_old")).createOrReplaceTempView(prefix + "_old");
        return appendedRows;
    }
}

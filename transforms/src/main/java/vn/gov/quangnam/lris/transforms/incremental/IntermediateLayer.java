package vn.gov.quangnam.lris.transforms.incremental;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.transforms.staging.StagingModel;
import vn.gov.quangnam.lris.transforms.staging.StagingModels;
import vn.gov.quangnam.lris.transforms.staging.StagingRebuild;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The persisted layer between raw and mart: the staging tables (one current row per source record) and the month
 * contributions the indicators are computed from ({@code staging.int_flow_months}, {@code staging.int_digitization_changes},
 * {@code staging.int_late_dossiers}).
 *
 * <p>A rebuild computes them from the whole raw layer. An incremental run reads only the raw rows appended since the
 * snapshots each table reflects, and applies to each contribution table the new versions' contributions minus the old
 * versions' ({@link ChangedRecords}). Each table records the raw snapshots it reflects in the same commit as its data,
 * so a run that crashes half-way is completed by the next one without counting anything twice.
 */
public final class IntermediateLayer {
    public static final String FLOW_MONTHS = "staging.int_flow_months";
    public static final String DIGITIZATION_CHANGES = "staging.int_digitization_changes";
    public static final String LATE_DOSSIERS = "staging.int_late_dossiers";
    private static final Logger log = LoggerFactory.getLogger(IntermediateLayer.class);

    private static final String YEAR_OF_MONTH_ID = "CAST(substring(regexp_replace(month_id, '^R', ''), 1, 4) AS INT)";

    private final SparkSession spark;
    private final Contributions contributions;
    private OptionalInt earliestChange = OptionalInt.empty();
    /**
     * The changes of a raw table between two snapshots, registered once per run under the first prefix asked for:
     * the flow, late-dossier and staging updates of the same source read the same changed records.
     */
    private final Map<String, RegisteredChanges> registered = new LinkedHashMap<>();

    private record RegisteredChanges(String prefix, long appendedRows) {
    }

    public IntermediateLayer(SparkSession spark, Contributions contributions) {
        this.spark = spark;
        this.contributions = contributions;
    }

    /** How contributions are computed from staging-shaped views (the indicators' rules). */
    public interface Contributions {
        /** SQL of the flow contributions of the given dossier, document and work record views. */
        String flowMonths(String dossiers, String documents, String workRecords);

        /** SQL of the digitization stock changes of the given results view. */
        String digitizationChanges(String results);

        /** SQL selecting the late candidates of a dossiers view. */
        String lateDossiers(String dossiers);
    }

    /** Whether a rebuild is needed: a table is missing, never recorded its raw snapshots, or they expired. */
    public boolean needsRebuild(Map<String, Long> rawSnapshots) {
        for (String table : tables()) {
            Optional<Map<String, Long>> reflected = RawSnapshots.reflectedBy(spark, table);
            if (reflected.isEmpty()) {
                return true;
            }
            for (Map.Entry<String, Long> entry : reflected.get().entrySet()) {
                if (!RawSnapshots.isInHistory(spark, entry.getKey(), entry.getValue())) {
                    log.info("raw snapshot {} of {} has expired; rebuilding", entry.getValue(), entry.getKey());
                    return true;
                }
            }
        }
        return false;
    }

    public void rebuild(Map<String, Long> rawSnapshots) {
        StagingRebuild staging = new StagingRebuild(spark);
        for (StagingModel model : StagingModels.ALL) {
            long started = System.currentTimeMillis();
            long snapshot = rawSnapshots.get(model.rawTable());
            StagingRebuild.Plan plan = RawSnapshots.commitReturning(Map.of(model.rawTable(), snapshot),
                    () -> staging.rebuild(model, snapshot));
            log.info("  {} rebuilt in {} ms ({})", model.table(), System.currentTimeMillis() - started,
                    plan == StagingRebuild.Plan.WITHIN_RAW_PARTITIONS ? "latest versions found within each raw partition"
                            : "latest versions found across the raw table");
        }
        // partitioned by year and calendar ('2024-', 'R2024') so that an incremental MERGE rewrites the changed years only
        replace(FLOW_MONTHS, "PARTITIONED BY (truncate(5, month_id))", flowSources(rawSnapshots), """
                SELECT * FROM (%s) WHERE NOT (numerator = 0 AND denominator = 0)
                """.formatted(contributions.flowMonths(StagingModels.DOSSIERS.table(), StagingModels.DOCUMENTS.table(),
                StagingModels.WORK_RECORDS.table())));
        replace(DIGITIZATION_CHANGES, "", resultSources(rawSnapshots), """
                SELECT * FROM (%s) WHERE NOT (numerator_change = 0 AND denominator_change = 0)
                """.formatted(contributions.digitizationChanges(StagingModels.RESULTS.table())));
        // partitioned by the month received (never changes) so that an incremental MERGE rewrites recent months only,
        // and by the year finished so that the overdue step skips the dossiers finished before its periods
        replace(LATE_DOSSIERS, "PARTITIONED BY (months(received_at), years(finished_at))", dossierSources(rawSnapshots),
                contributions.lateDossiers(StagingModels.DOSSIERS.table()));
    }

    /**
     * Applies the raw rows appended since each table's recorded snapshots; returns the raw rows read and the earliest
     * period year the changes touched.
     */
    public AppliedChanges applyChanges(Map<String, Long> rawSnapshots) {
        earliestChange = OptionalInt.empty();
        registered.clear();
        long read = 0;
        read += applyFlowChanges(rawSnapshots);
        read += applyDigitizationChanges(rawSnapshots);
        applyLateDossierChanges(rawSnapshots);
        for (StagingModel model : StagingModels.ALL) {
            mergeStaging(model, rawSnapshots);
        }
        return new AppliedChanges(read, earliestChange);
    }

    /** The raw snapshots the layer's tables reflect, together (empty when a table never recorded them). */
    public Map<String, Long> reflected() {
        Map<String, Long> reflected = new LinkedHashMap<>();
        for (String table : tables()) {
            RawSnapshots.reflectedBy(spark, table).ifPresent(reflected::putAll);
        }
        return reflected;
    }

    /** Lowers the earliest changed year to the year the query returns (a single INT, null when nothing changed). */
    private void noteEarliestYear(String query) {
        Row row = spark.sql(query).first();
        if (!row.isNullAt(0)) {
            int year = row.getInt(0);
            if (earliestChange.isEmpty() || year < earliestChange.getAsInt()) {
                earliestChange = OptionalInt.of(year);
            }
        }
    }

    private long applyFlowChanges(Map<String, Long> now) {
        Map<String, Long> reflected = RawSnapshots.reflectedBy(spark, FLOW_MONTHS).orElseThrow();
        if (reflected.equals(flowSources(now))) {
            return 0;
        }
        long read = registerChanges(StagingModels.DOSSIERS, reflected, now, "changed_dossiers")
                + registerChanges(StagingModels.DOCUMENTS, reflected, now, "changed_documents")
                + registerChanges(StagingModels.WORK_RECORDS, reflected, now, "changed_work_records");
        String delta = """
                SELECT indicator_code, unit_code, calendar, month_id, sum(numerator) AS numerator, sum(denominator) AS denominator
                FROM (SELECT * FROM (%s)
                      UNION ALL
                      SELECT indicator_code, unit_code, calendar, month_id, -numerator, -denominator FROM (%s))
                GROUP BY indicator_code, unit_code, calendar, month_id
                """.formatted(contributions.flowMonths("changed_dossiers_new", "changed_documents_new", "changed_work_records_new"),
                contributions.flowMonths("changed_dossiers_old", "changed_documents_old", "changed_work_records_old"));
        mergeSource(spark.sql(delta), "flow_delta");
        noteEarliestYear("SELECT min(%s) FROM flow_delta WHERE numerator <> 0 OR denominator <> 0".formatted(YEAR_OF_MONTH_ID));
        RawSnapshots.commitWith(flowSources(now), () -> spark.sql("""
                MERGE INTO lris.%s t USING flow_delta d
                ON t.indicator_code = d.indicator_code AND t.unit_code = d.unit_code AND t.calendar = d.calendar AND t.month_id = d.month_id%s
                WHEN MATCHED AND t.numerator + d.numerator = 0 AND t.denominator + d.denominator = 0 THEN DELETE
                WHEN MATCHED THEN UPDATE SET numerator = t.numerator + d.numerator, denominator = t.denominator + d.denominator
                WHEN NOT MATCHED AND NOT (d.numerator = 0 AND d.denominator = 0) THEN INSERT *
                """.formatted(FLOW_MONTHS, monthsFrom("flow_delta"))));
        return read;
    }

    private long applyDigitizationChanges(Map<String, Long> now) {
        Map<String, Long> reflected = RawSnapshots.reflectedBy(spark, DIGITIZATION_CHANGES).orElseThrow();
        if (reflected.equals(resultSources(now))) {
            return 0;
        }
        long read = registerChanges(StagingModels.RESULTS, reflected, now, "changed_results");
        mergeSource(spark.sql("""
                SELECT unit_code, calendar, month_id, sum(denominator_change) AS denominator_change,
                       sum(numerator_change) AS numerator_change
                FROM (SELECT * FROM (%s)
                      UNION ALL
                      SELECT unit_code, calendar, month_id, -denominator_change, -numerator_change FROM (%s))
                GROUP BY unit_code, calendar, month_id
                """.formatted(contributions.digitizationChanges("changed_results_new"),
                contributions.digitizationChanges("changed_results_old"))), "digitization_delta");
        noteEarliestYear("SELECT min(%s) FROM digitization_delta WHERE denominator_change <> 0 OR numerator_change <> 0"
                .formatted(YEAR_OF_MONTH_ID));
        RawSnapshots.commitWith(resultSources(now), () -> spark.sql("""
                MERGE INTO lris.%s t USING digitization_delta d
                ON t.unit_code = d.unit_code AND t.calendar = d.calendar AND t.month_id = d.month_id
                WHEN MATCHED AND t.denominator_change + d.denominator_change = 0 AND t.numerator_change + d.numerator_change = 0 THEN DELETE
                WHEN MATCHED THEN UPDATE SET denominator_change = t.denominator_change + d.denominator_change,
                                             numerator_change = t.numerator_change + d.numerator_change
                WHEN NOT MATCHED AND NOT (d.denominator_change = 0 AND d.numerator_change = 0) THEN INSERT *
                """.formatted(DIGITIZATION_CHANGES)));
        return read;
    }

    private void applyLateDossierChanges(Map<String, Long> now) {
        Map<String, Long> reflected = RawSnapshots.reflectedBy(spark, LATE_DOSSIERS).orElseThrow();
        if (reflected.equals(dossierSources(now))) {
            return;
        }
        registerChanges(StagingModels.DOSSIERS, reflected, now, "late_changed");
        mergeSource(spark.sql("""
                SELECT n.source_endpoint, n.dossier_id, n.unit_code, n.received_at,
                       timestampadd(SECOND, n.supplement_seconds, n.promised_at) AS due_at, n.finished_at,
                       c.dossier_id IS NOT NULL AS is_candidate
                FROM late_changed_new n
                LEFT JOIN (%s) c ON c.source_endpoint = n.source_endpoint AND c.dossier_id = n.dossier_id
                """.formatted(contributions.lateDossiers("late_changed_new"))), "late_delta");
        // a changed dossier can be overdue at the end of any period after it was received (received_at never changes)
        noteEarliestYear("SELECT year(min(from_utc_timestamp(received_at, 'Asia/Ho_Chi_Minh'))) FROM late_delta");
        RawSnapshots.commitWith(dossierSources(now), () -> spark.sql("""
                MERGE INTO lris.%s t USING late_delta d
                ON t.source_endpoint = d.source_endpoint AND t.dossier_id = d.dossier_id%s
                WHEN MATCHED AND NOT d.is_candidate THEN DELETE
                WHEN MATCHED THEN UPDATE SET unit_code = d.unit_code, received_at = d.received_at,
                                             due_at = d.due_at, finished_at = d.finished_at
                WHEN NOT MATCHED AND d.is_candidate THEN INSERT (source_endpoint, dossier_id, unit_code, received_at, due_at, finished_at)
                     VALUES (d.source_endpoint, d.dossier_id, d.unit_code, d.received_at, d.due_at, d.finished_at)
                """.formatted(LATE_DOSSIERS, partitionsFrom("late_delta", "received_at"))));
    }

    private void mergeStaging(StagingModel model, Map<String, Long> now) {
        Map<String, Long> reflected = RawSnapshots.reflectedBy(spark, model.table()).orElseThrow();
        Map<String, Long> wanted = Map.of(model.rawTable(), now.get(model.rawTable()));
        if (reflected.equals(wanted)) {
            return;
        }
        if (model.partitionDate() == null) {
            // the forms' staging is small (one row per unit, month and indicator): rebuilt whole
            Long before = currentSnapshot(model.table());
            RawSnapshots.commitWith(wanted, () -> spark.sql("INSERT OVERWRITE lris.%s %s".formatted(model.table(),
                    model.selectFrom("lris." + model.rawTable()))));
            String previous = before == null ? "(SELECT * FROM lris.%s WHERE false)".formatted(model.table())
                    : "(SELECT * FROM lris.%s VERSION AS OF %d)".formatted(model.table(), before);
            noteEarliestYear("""
                    SELECT min(CAST(substring(report_month, 1, 4) AS INT))
                    FROM ((SELECT * FROM lris.%1$s EXCEPT SELECT * FROM %2$s) UNION ALL (SELECT * FROM %2$s EXCEPT SELECT * FROM lris.%1$s))
                    """.formatted(model.table(), previous));
            return;
        }
        registerChanges(model, reflected, now, "staging_changed");
        mergeSource(spark.table("staging_changed_new"), "staging_merge_source");
        String keyJoin = String.join(" AND ", java.util.Arrays.stream(model.keyColumns().split(",")).map(String::strip)
                .map(column -> "t." + column + " = s." + column).toList());
        String condition = keyJoin + partitionsFrom("staging_merge_source", model.partitionDate());
        RawSnapshots.commitWith(wanted, () -> spark.sql("""
                MERGE INTO lris.%s t USING staging_merge_source s ON %s
                WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *
                """.formatted(model.table(), condition)));
    }

    /**
     * A condition on the MERGE target's partition date: a changed record's earlier version has the same (never
     * changing) date, so it is in the partitions from the earliest changed date on. As a constant, Iceberg prunes the
     * MERGE's scan of the target with it: the work follows how old the changes are, not the history's size.
     */
    private String partitionsFrom(String source, String dateColumn) {
        Row earliest = spark.sql("SELECT CAST(min(%1$s) AS STRING), typeof(min(%1$s)) FROM %2$s"
                .formatted(dateColumn, source)).first();
        return earliest.isNullAt(0) ? "" : " AND (t.%1$s >= CAST('%2$s' AS %3$s) OR t.%1$s IS NULL)"
                .formatted(dateColumn, earliest.getString(0), earliest.getString(1));
    }

    /**
     * The same for month contributions: a condition on the target's month ids from the earliest changed month of each
     * calendar on ({@code 2024-03} and {@code R2024-03} sort apart), which Iceberg prunes the year partitions with.
     */
    private String monthsFrom(String source) {
        Row earliest = spark.sql("""
                SELECT min(month_id) FILTER (WHERE calendar = 'calendar'), min(month_id) FILTER (WHERE calendar = 'decree09')
                FROM %s""".formatted(source)).first();
        String calendar = earliest.isNullAt(0) ? "false" : "(t.month_id >= '%s' AND t.month_id < 'R')".formatted(earliest.getString(0));
        String decree09 = earliest.isNullAt(1) ? "false" : "t.month_id >= '%s'".formatted(earliest.getString(1));
        return " AND (%s OR %s)".formatted(calendar, decree09);
    }

    /**
     * Evaluates a MERGE source once and cuts its lineage: Spark 4.1 cannot plan a MERGE whose source still refers to
     * time-travel reads of another table, and the delta is then computed once, not again for each MERGE clause.
     */
    private static void mergeSource(org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> source, String view) {
        source.localCheckpoint().createOrReplaceTempView(view);
    }

    private long registerChanges(StagingModel model, Map<String, Long> reflected, Map<String, Long> now, String prefix) {
        long from = reflected.getOrDefault(model.rawTable(), -1L);
        long to = now.get(model.rawTable());
        if (from == to) {
            spark.sql(model.selectFrom("(SELECT * FROM lris.%s WHERE false)".formatted(model.rawTable())))
                    .createOrReplaceTempView(prefix + "_new");
            spark.sql("CREATE OR REPLACE TEMPORARY VIEW %1$s_old AS SELECT * FROM %1$s_new".formatted(prefix));
            return 0;
        }
        String changes = model.rawTable() + "@" + from + ".." + to;
        RegisteredChanges earlier = registered.get(changes);
        if (earlier != null) {
            for (String version : List.of("_new", "_old")) {
                spark.sql("CREATE OR REPLACE TEMPORARY VIEW %s AS SELECT * FROM %s".formatted(prefix + version, earlier.prefix() + version));
            }
            return earlier.appendedRows();
        }
        long appended = ChangedRecords.register(spark, model, model.partitionDate(), from, to, prefix);
        registered.put(changes, new RegisteredChanges(prefix, appended));
        return appended;
    }

    private Long currentSnapshot(String table) {
        org.apache.iceberg.Snapshot snapshot = RawSnapshots.load(spark, table).currentSnapshot();
        return snapshot == null ? null : snapshot.snapshotId();
    }

    private void replace(String table, String partitioning, Map<String, Long> sources, String select) {
        long started = System.currentTimeMillis();
        RawSnapshots.commitWith(sources, () -> spark.sql("CREATE OR REPLACE TABLE lris.%s USING iceberg %s AS %s"
                .formatted(table, partitioning, select)));
        log.info("  {} rebuilt in {} ms", table, System.currentTimeMillis() - started);
    }

    private static Map<String, Long> flowSources(Map<String, Long> now) {
        return pick(now, StagingModels.DOSSIERS, StagingModels.DOCUMENTS, StagingModels.WORK_RECORDS);
    }

    private static Map<String, Long> resultSources(Map<String, Long> now) {
        return pick(now, StagingModels.RESULTS);
    }

    private static Map<String, Long> dossierSources(Map<String, Long> now) {
        return pick(now, StagingModels.DOSSIERS);
    }

    private static Map<String, Long> pick(Map<String, Long> now, StagingModel... models) {
        Map<String, Long> picked = new LinkedHashMap<>();
        for (StagingModel model : models) {
            picked.put(model.rawTable(), now.get(model.rawTable()));
        }
        return picked;
    }

    public static List<String> rawTables() {
        return StagingModels.ALL.stream().map(StagingModel::rawTable).toList();
    }

    /** The layer's tables: the staging models and the month contributions. */
    public static List<String> tables() {
        List<String> tables = new java.util.ArrayList<>(StagingModels.ALL.stream().map(StagingModel::table).toList());
        tables.addAll(List.of(FLOW_MONTHS, DIGITIZATION_CHANGES, LATE_DOSSIERS));
        return tables;
    }
}

package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.iceberg.Snapshot;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.transforms.incremental.AppliedChanges;
import vn.gov.quangnam.lris.transforms.incremental.IntermediateLayer;
import vn.gov.quangnam.lris.transforms.incremental.PublishedState;
import vn.gov.quangnam.lris.transforms.incremental.RecomputeWindow;
import vn.gov.quangnam.lris.transforms.incremental.RecomputeWindowPlanner;
import vn.gov.quangnam.lris.transforms.incremental.RawSnapshots;
import vn.gov.quangnam.lris.transforms.publish.DataTests;
import vn.gov.quangnam.lris.transforms.publish.MartPublisher;
import vn.gov.quangnam.lris.transforms.retention.SnapshotRetention;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Spark implementation of {@link ComputeIndicatorValues}: brings the intermediate layer up to date (rebuild or
 * incremental), decides which years to recompute ({@link RecomputeWindowPlanner}), computes month facts → period facts
 * → roll-up → targets and status → breaches for those years, runs the data tests on them, and publishes them in place
 * of the same years' rows.
 */
public final class SparkComputeIndicatorValues implements ComputeIndicatorValues {
    private static final Logger log = LoggerFactory.getLogger(SparkComputeIndicatorValues.class);

    private static final List<String> REFERENCE_TABLES = List.of("mart.dim_units", "mart.dim_periods", "mart.dim_indicators",
            "mart.fct_targets");
    private static final List<String> PUBLISHED_BY_YEAR = List.of("mart.fct_indicator_values", "mart.fct_breaches");

    private final SparkSession spark;
    private OptionalInt requestedFrom = OptionalInt.empty();
    private LocalDate asOf = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private boolean full;
    private Duration snapshotRetention = SnapshotRetention.DEFAULT_RETENTION;

    public SparkComputeIndicatorValues(SparkSession spark) {
        this.spark = spark;
    }

    @Override
    public ComputeIndicatorValues asOf(LocalDate day) {
        this.asOf = day;
        return this;
    }

    @Override
    public ComputeIndicatorValues full(boolean full) {
        this.full = full;
        return this;
    }

    @Override
    public ComputeIndicatorValues recomputeFrom(int year) {
        this.requestedFrom = OptionalInt.of(year);
        return this;
    }

    @Override
    public ComputeIndicatorValues snapshotRetention(Duration retention) {
        this.snapshotRetention = retention;
        return this;
    }

    @Override
    public IndicatorValuesResult execute() {
        long started = System.currentTimeMillis();
        Map<String, Long> rawSnapshots = RawSnapshots.current(spark, IntermediateLayer.rawTables());
        IntermediateLayer layer = new IntermediateLayer(spark, new MonthContributions());
        Map<String, Long> reflectedBefore = layer.reflected();
        BreachRuns.createIfMissing(spark);
        PublishedState now = new PublishedState(asOf, referenceFingerprint(), layoutFingerprint(), rawSnapshots,
                currentSnapshot(BreachRuns.TABLE));
        RecomputeWindow window;
        if (full || layer.needsRebuild(rawSnapshots)) {
            layer.rebuild(rawSnapshots);
            log.info("rebuilt staging and month contributions from the raw layer in {} ms", System.currentTimeMillis() - started);
            window = RecomputeWindow.everyYear(full ? "full rebuild asked for" : "the intermediate layer was rebuilt");
        } else {
            AppliedChanges changes = layer.applyChanges(rawSnapshots);
            log.info("applied {} raw rows appended since the last run in {} ms", changes.rawRowsRead(), System.currentTimeMillis() - started);
            window = RecomputeWindowPlanner.plan(publishedState(), now, reflectedBefore, changes.earliestYear(), requestedFrom);
        }
        log.info("recomputing {} ({})", window.isEveryYear() ? "every year" : "the years from " + window.fromYear(), window.reason());
        long phase = System.currentTimeMillis();
        long computed = computeViews(window);
        log.info("computed {} indicator values in {} ms", computed, System.currentTimeMillis() - phase);
        phase = System.currentTimeMillis();
        DataTests.check(spark, "judged_values_published", "breaches_published");
        log.info("data tests passed in {} ms", System.currentTimeMillis() - phase);
        phase = System.currentTimeMillis();
        Map<String, Long> snapshots = publish(window, now);
        log.info("published in {} ms", System.currentTimeMillis() - phase);
        long elapsed = System.currentTimeMillis() - started;
        IndicatorValuesResult result = new IndicatorValuesResult(publishedRows("mart.fct_indicator_values"),
                publishedRows("mart.fct_breaches"), publishedRows("quality.self_reported_gaps"), statuses(), snapshots,
                elapsed, window.isEveryYear(), window.label(), computed);
        expireOldSnapshots();
        spark.catalog().clearCache();
        return result;
    }

    /** After the publish, so that a failed run changes nothing; see {@link SnapshotRetention}. */
    private void expireOldSnapshots() {
        long started = System.currentTimeMillis();
        List<String> tables = new ArrayList<>(IntermediateLayer.rawTables());
        tables.addAll(IntermediateLayer.tables());
        tables.add(BreachRuns.TABLE);
        tables.addAll(List.of("mart.fct_indicator_values", "mart.fct_breaches", "mart.fct_latest_indicator_values",
                "quality.self_reported_gaps"));
        List<String> raw = IntermediateLayer.rawTables();
        List<String> expired = new SnapshotRetention(spark, snapshotRetention, Clock.systemUTC()).apply(tables,
                table -> raw.contains(table) ? reflectedSnapshotsOf(table) : List.of());
        log.info("snapshot retention ({} days): {} tables checked, {} in {} ms", snapshotRetention.toDays(),
                tables.size(), expired.isEmpty() ? "none due" : "expired " + expired, System.currentTimeMillis() - started);
    }

    /** The snapshots of a raw table that the intermediate tables reflect (the next incremental run reads from them). */
    private Collection<Long> reflectedSnapshotsOf(String table) {
        return IntermediateLayer.tables().stream().map(derived -> RawSnapshots.reflectedBy(spark, derived))
                .flatMap(Optional::stream).map(reflected -> reflected.get(table)).filter(Objects::nonNull).toList();
    }

    /**
     * Breaches, gaps and breach runs first, the indicator values last with the state they reflect: a run that stops
     * half-way leaves the previous state, which no longer matches the intermediate layer (nor the breach runs), so the
     * next run recomputes every year.
     */
    private Map<String, Long> publish(RecomputeWindow window, PublishedState now) {
        MartPublisher publisher = new MartPublisher(spark);
        Map<String, Long> snapshots = new LinkedHashMap<>();
        snapshots.put("mart.fct_breaches", publisher.replace("mart.fct_breaches", "breaches_published", window, Map.of()).snapshotId());
        snapshots.put("quality.self_reported_gaps", publisher.replaceAll("quality.self_reported_gaps", "gaps_published").snapshotId());
        long breachRuns = publisher.replace(BreachRuns.TABLE, "breach_runs_published", window, Map.of()).snapshotId();
        snapshots.put("mart.fct_indicator_values", publisher.replace("mart.fct_indicator_values", "judged_values_published",
                window, Map.of(PublishedState.SUMMARY_KEY, now.withBreachRuns(breachRuns).encode())).snapshotId());
        // after the values it is taken from; rewritten whole by every run, so a run that stops before it is repaired by the next
        NamedFacts.registerLatestValues(spark, snapshots.get("mart.fct_indicator_values"));
        snapshots.put("mart.fct_latest_indicator_values", publisher.replaceAll("mart.fct_latest_indicator_values",
                "latest_values_published").snapshotId());
        return snapshots;
    }

    private Optional<PublishedState> publishedState() {
        Snapshot snapshot = RawSnapshots.load(spark, "mart.fct_indicator_values").currentSnapshot();
        return snapshot == null ? Optional.empty() : PublishedState.decode(snapshot.summary().get(PublishedState.SUMMARY_KEY));
    }

    /** The snapshots of the reference tables the figures depend on ('schema apply' commits only when content changes). */
    private String referenceFingerprint() {
        return RawSnapshots.current(spark, REFERENCE_TABLES).values().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Partitioning and columns: rows kept from a previous run must have the same layout and every column filled. */
    private String layoutFingerprint() {
        return PUBLISHED_BY_YEAR.stream().map(table -> RawSnapshots.load(spark, table)).map(table -> table.spec().specId()
                + "/" + table.schema().schemaId()).collect(Collectors.joining(","));
    }

    private long currentSnapshot(String table) {
        Snapshot snapshot = RawSnapshots.load(spark, table).currentSnapshot();
        return snapshot == null ? -1 : snapshot.snapshotId();
    }

    private long publishedRows(String table) {
        Snapshot snapshot = RawSnapshots.load(spark, table).currentSnapshot();
        return snapshot == null ? 0 : Long.parseLong(snapshot.summary().getOrDefault("total-records", "0"));
    }

    /** Computes the rows to publish into views; returns the number of indicator values. */
    private long computeViews(RecomputeWindow window) {
        spark.table("lris.staging.stg_forms__report_rows").createOrReplaceTempView("staging_forms");
        spark.table("lris." + IntermediateLayer.FLOW_MONTHS).createOrReplaceTempView("int_flow_months");
        spark.table("lris." + IntermediateLayer.DIGITIZATION_CHANGES).createOrReplaceTempView("int_digitization_changes");
        spark.table("lris." + IntermediateLayer.LATE_DOSSIERS).createOrReplaceTempView("int_late_dossiers");
        int firstYear = firstYear();
        step("reference views", () -> ReferenceViews.register(spark, asOf, firstYear, window.firstComputedYear(firstYear)));
        PublishedHistory.register(spark, window);
        BreachRuns.registerBeforeWindow(spark, window);
        materialise("month_facts", MonthFacts.build(spark));
        materialise("overdue", OverdueDossiers.perPeriod(spark));
        materialise("period_facts", PeriodFacts.build(spark));
        materialise("rolled", Rollup.build(spark));
        materialise("judged_values", TargetStatus.build(spark));
        materialise("breach_runs", BreachRuns.build(spark));
        materialise("breaches", Breaches.build(spark));
        BreachRuns.yearEnds(spark).createOrReplaceTempView("breach_runs_published");
        long values = materialise("judged_values_published", NamedFacts.indicatorValues(spark));
        materialise("breaches_published", NamedFacts.breaches(spark));
        spark.sql("SELECT *, current_timestamp() AS computed_at FROM self_reported_gaps").createOrReplaceTempView("gaps_published");
        return values;
    }

    /**
     * Computes a step once and keeps its rows (a local checkpoint): later steps, the data tests and the publish read
     * them, and each step's plan stays small. Not {@code cache()}: a cached plan that reads Iceberg tables is not
     * recognised in later queries, which then computed every upstream step again. Logs the step's rows and time.
     */
    private long materialise(String view, org.apache.spark.sql.Dataset<Row> step) {
        long started = System.currentTimeMillis();
        org.apache.spark.sql.Dataset<Row> computed = step.localCheckpoint();
        long rows = computed.count();
        computed.createOrReplaceTempView(view);
        log.info("  {}: {} rows in {} ms", view, rows, System.currentTimeMillis() - started);
        return rows;
    }

    private void step(String name, Runnable step) {
        long started = System.currentTimeMillis();
        step.run();
        log.info("  {} in {} ms", name, System.currentTimeMillis() - started);
    }

    /** The first year with any data: periods are computed from its January (or its Decree 09 start). */
    private int firstYear() {
        Row row = spark.sql("""
                SELECT least(min(CAST(substring(regexp_replace(month_id, '^R', ''), 1, 4) AS INT)),
                             (SELECT min(CAST(substring(report_month, 1, 4) AS INT)) FROM staging_forms))
                FROM (SELECT month_id FROM int_flow_months UNION ALL SELECT month_id FROM int_digitization_changes)
                """).first();
        return row.isNullAt(0) ? asOf.getYear() : row.getInt(0);
    }

    /** Statuses of the published table (the years this run recomputed and the ones it kept). */
    private Map<String, Map<String, Long>> statuses() {
        Map<String, Map<String, Long>> statuses = new TreeMap<>();
        for (Row row : spark.sql("""
                SELECT concat(indicator_code, ' / ', level), status, count(*) FROM lris.mart.fct_indicator_values
                WHERE hierarchy = 'as_reported' GROUP BY 1, 2
                """).collectAsList()) {
            statuses.computeIfAbsent(row.getString(0), key -> new TreeMap<>()).put(row.getString(1), row.getLong(2));
        }
        return statuses;
    }
}

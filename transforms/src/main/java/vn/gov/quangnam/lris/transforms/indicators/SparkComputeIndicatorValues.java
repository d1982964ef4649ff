package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.transforms.incremental.IntermediateLayer;
import vn.gov.quangnam.lris.transforms.incremental.RawSnapshots;
import vn.gov.quangnam.lris.transforms.publish.DataTests;
import vn.gov.quangnam.lris.transforms.publish.MartPublisher;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Spark implementation of {@link ComputeIndicatorValues}: brings the intermediate layer up to date (rebuild or
 * incremental), then computes month facts → period facts → roll-up → targets and status → breaches from it, runs the
 * data tests, and publishes.
 */
public final class SparkComputeIndicatorValues implements ComputeIndicatorValues {
    private static final Logger log = LoggerFactory.getLogger(SparkComputeIndicatorValues.class);

    private final SparkSession spark;
    private LocalDate asOf = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private boolean full;

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
    public IndicatorValuesResult execute() {
        long started = System.currentTimeMillis();
        Map<String, Long> rawSnapshots = RawSnapshots.current(spark, IntermediateLayer.rawTables());
        IntermediateLayer layer = new IntermediateLayer(spark, new MonthContributions());
        boolean rebuild = full || layer.needsRebuild(rawSnapshots);
        if (rebuild) {
            layer.rebuild(rawSnapshots);
            log.info("rebuilt staging and month contributions from the raw layer in {} ms", System.currentTimeMillis() - started);
        } else {
            long rows = layer.applyChanges(rawSnapshots);
            log.info("applied {} raw rows appended since the last run in {} ms", rows, System.currentTimeMillis() - started);
        }
        long phase = System.currentTimeMillis();
        computeViews();
        long computed = count("judged_values_published");
        log.info("computed {} indicator values in {} ms", computed, System.currentTimeMillis() - phase);
        phase = System.currentTimeMillis();
        DataTests.check(spark, "judged_values_published", "breaches_published");
        log.info("data tests passed in {} ms", System.currentTimeMillis() - phase);
        phase = System.currentTimeMillis();
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("mart.fct_indicator_values", "judged_values_published");
        tables.put("mart.fct_breaches", "breaches_published");
        tables.put("quality.self_reported_gaps", "gaps_published");
        Map<String, Long> snapshots = new MartPublisher(spark).replaceAll(tables);
        log.info("published {} in {} ms", tables.keySet(), System.currentTimeMillis() - phase);
        long elapsed = System.currentTimeMillis() - started;
        IndicatorValuesResult result = new IndicatorValuesResult(computed, count("breaches_published"),
                count("gaps_published"), statuses(), snapshots, elapsed, rebuild);
        spark.catalog().clearCache();
        return result;
    }

    private void computeViews() {
        spark.table("lris.staging.stg_forms__report_rows").createOrReplaceTempView("staging_forms");
        spark.table("lris." + IntermediateLayer.FLOW_MONTHS).createOrReplaceTempView("int_flow_months");
        spark.table("lris." + IntermediateLayer.DIGITIZATION_CHANGES).createOrReplaceTempView("int_digitization_changes");
        spark.table("lris." + IntermediateLayer.LATE_DOSSIERS).createOrReplaceTempView("int_late_dossiers");
        step("reference views", () -> ReferenceViews.register(spark, asOf, firstYear()));
        materialise("month_facts", MonthFacts.build(spark));
        materialise("overdue", OverdueDossiers.perPeriod(spark));
        materialise("period_facts", PeriodFacts.build(spark));
        materialise("rolled", Rollup.build(spark));
        materialise("judged_values", TargetStatus.build(spark));
        Breaches.build(spark).createOrReplaceTempView("breaches");
        spark.sql("""
                SELECT indicator_code, unit_code, period_id, hierarchy, level, numerator, denominator, value_pct, target_pct,
                       gap_pct, status, projected_year_end_pct, current_timestamp() AS computed_at
                FROM judged_values
                """).cache().createOrReplaceTempView("judged_values_published");
        spark.sql("""
                SELECT indicator_code, unit_code, period_id, level, value_pct, target_pct, gap_pct, consecutive_periods,
                       severity, source_document, current_timestamp() AS computed_at
                FROM breaches
                """).cache().createOrReplaceTempView("breaches_published");
        spark.sql("SELECT *, current_timestamp() AS computed_at FROM self_reported_gaps").createOrReplaceTempView("gaps_published");
    }

    /**
     * Computes a step once and keeps it in memory: later steps and the publish read it, and each step's plan stays
     * small (Spark compiles a plan with all its upstream steps otherwise). Logs the step's rows and time.
     */
    private void materialise(String view, org.apache.spark.sql.Dataset<Row> step) {
        long started = System.currentTimeMillis();
        org.apache.spark.sql.Dataset<Row> cached = step.cache();
        long rows = cached.count();
        cached.createOrReplaceTempView(view);
        log.info("  {}: {} rows in {} ms", view, rows, System.currentTimeMillis() - started);
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

    private long count(String view) {
        return spark.table(view).count();
    }

    private Map<String, Map<String, Long>> statuses() {
        Map<String, Map<String, Long>> statuses = new TreeMap<>();
        for (Row row : spark.sql("""
                SELECT concat(indicator_code, ' / ', level), status, count(*) FROM judged_values_published
                WHERE hierarchy = 'as_reported' GROUP BY 1, 2
                """).collectAsList()) {
            statuses.computeIfAbsent(row.getString(0), key -> new TreeMap<>()).put(row.getString(1), row.getLong(2));
        }
        return statuses;
    }
}

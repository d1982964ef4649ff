package vn.gov.quangnam.lris.transforms.bench;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.gov.quangnam.lris.localstack.postgres.LocalPostgres;
import vn.gov.quangnam.lris.localstack.postgres.LocalPostgresSettings;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.transforms.TestWarehouse;
import vn.gov.quangnam.lris.transforms.indicators.IndicatorValuesResult;
import vn.gov.quangnam.lris.transforms.indicators.SparkComputeIndicatorValues;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The transforms benchmark (issue "Transforms"): generates N dossiers and N documents over two years into the raw
 * tables, then prints the full rebuild time, the incremental time for one new day, and the time DuckDB takes to
 * compute the same mart figures from the same Parquet files, with the ratio; and checks that both agree. Then it
 * ingests and transforms three more days, one at a time, and prints each incremental run's time.
 *
 * <p>Run: {@code transforms/benchmark 1000000 [--keep DIR]} (see that script). Not a test: it prints figures. With
 * {@code --keep DIR} the warehouse stays in {@code DIR} (catalog in an embedded PostgreSQL at {@code DIR/pg}, port
 * {@value #KEPT_CATALOG_PORT}, tables in {@code DIR/warehouse}) for the serving benchmark to query afterwards:
 * {@code --local-postgres DIR/pg --warehouse file://DIR/warehouse}.
 */
public final class TransformBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 5);
    /** The serving benchmark's default embedded catalog port, so it finds the kept warehouse without options. */
    static final int KEPT_CATALOG_PORT = 54339;
    /** Days ingested and transformed after the first incremental run. */
    private static final int FOLLOWING_DAYS = 3;

    private TransformBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long records = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
        Path keep = args.length > 2 && args[1].equals("--keep") ? Path.of(args[2]).toAbsolutePath() : null;
        LocalPostgres keptCatalog = keep == null ? null : keptCatalog(keep);
        try (TestWarehouse warehouse = keep == null ? TestWarehouse.create("transform_benchmark")
                : TestWarehouse.at(new WarehouseCatalogSettings("lris", keptCatalog.jdbcUrl(), keptCatalog.user(),
                keptCatalog.password(), keep.resolve("warehouse").toUri().toString(), Map.of()))) {
            SparkSession spark = warehouse.spark();
            long started = System.nanoTime();
            SyntheticRaw.dossiers(spark, 0, records, "2023-01-01", 729, "v1-");
            SyntheticRaw.documents(spark, records, "2023-01-01", 729);
            System.out.printf("generated %,d dossiers and %,d documents in %.1f s%n", SyntheticRaw.count(spark, "raw.onestop_dossiers"),
                    SyntheticRaw.count(spark, "raw.documents"), seconds(started));

            started = System.nanoTime();
            IndicatorValuesResult full = new SparkComputeIndicatorValues(spark).asOf(AS_OF).full(true).execute();
            double fullSeconds = seconds(started);
            System.out.printf("full rebuild: %.1f s (%,d indicator values, %,d breaches)%n", fullSeconds,
                    full.indicatorValueRows(), full.breachRows());

            // the roll-up edges of every period, for DuckDB (an incremental run registers only its recomputed years')
            Path work = Files.createTempDirectory("lris-benchmark");
            String edges = work.resolve("edges.parquet").toString();
            String relations = work.resolve("relations.parquet").toString();
            spark.table("rollup_edges").coalesce(1).write().parquet(edges);
            spark.table("indicator_relations").coalesce(1).write().parquet(relations);

            long newDay = Math.max(1, records / 730);
            SyntheticRaw.dossiers(spark, records, newDay, "2025-01-04", 1, "v1-");
            started = System.nanoTime();
            IndicatorValuesResult incremental = new SparkComputeIndicatorValues(spark).asOf(AS_OF).full(false).execute();
            double incrementalSeconds = seconds(started);
            System.out.printf("incremental run for one new day (%,d dossiers): %.1f s = %.2f of the full rebuild "
                            + "(years %s: %,d of %,d indicator values recomputed)%n", newDay, incrementalSeconds,
                    incrementalSeconds / fullSeconds, incremental.window(), incremental.recomputedValueRows(),
                    incremental.indicatorValueRows());

            try (Connection duckdb = DuckDbFigures.open()) {
                started = System.nanoTime();
                DuckDbFigures.compute(duckdb, SyntheticRaw.dataFiles(spark, "raw.onestop_dossiers"),
                        SyntheticRaw.dataFiles(spark, "raw.documents"), edges + "/*.parquet", relations + "/*.parquet", AS_OF);
                double duckdbSeconds = seconds(started);
                long[] duck = DuckDbFigures.totals(duckdb);
                Row sparkTotals = spark.sql("""
                        SELECT count(*), sum(numerator), sum(denominator) FROM lris.mart.fct_indicator_values
                        WHERE hierarchy = 'as_reported' AND indicator_code IN (%s)
                        """.formatted(DuckDbFigures.INDICATORS.stream().map(code -> "'" + code + "'").collect(Collectors.joining(", "))))
                        .first();
                System.out.printf("DuckDB, same figures from the same Parquet files: %.1f s; full rebuild / DuckDB = %.2f%n",
                        duckdbSeconds, fullSeconds / duckdbSeconds);
                System.out.printf("figures: DuckDB %,d rows, numerators %,d, denominators %,d; Spark %,d rows, %,d, %,d: %s%n",
                        duck[0], duck[1], duck[2], sparkTotals.getLong(0), sparkTotals.getLong(1), sparkTotals.getLong(2),
                        duck[0] == sparkTotals.getLong(0) && duck[1] == sparkTotals.getLong(1) && duck[2] == sparkTotals.getLong(2)
                                ? "identical" : "DIFFERENT");
            }
            // the following days, each ingested then transformed: the incremental time must not grow with history
            StringBuilder following = new StringBuilder();
            LocalDate day = LocalDate.of(2025, 1, 5);
            for (int next = 1; next <= FOLLOWING_DAYS; next++, day = day.plusDays(1)) {
                SyntheticRaw.dossiers(spark, records + next * newDay, newDay, day.toString(), 1, "v1-");
                started = System.nanoTime();
                new SparkComputeIndicatorValues(spark).asOf(day.plusDays(1)).full(false).execute();
                double seconds = seconds(started);
                System.out.printf("incremental run for the next day %s (%,d dossiers): %.1f s = %.2f of the full rebuild%n",
                        day, newDay, seconds, seconds / fullSeconds);
                following.append(following.isEmpty() ? "" : ",").append("%.1f".formatted(seconds));
            }
            System.out.printf("BENCHMARK records=%d full_s=%.1f incremental_s=%.1f following_days_s=%s%n", records, fullSeconds,
                    incrementalSeconds, following);
        }
        if (keptCatalog != null) {
            keptCatalog.close();
            System.out.printf("warehouse kept in %s: serving benchmark with --local-postgres %s --warehouse %s%n", keep,
                    keep.resolve("pg"), keep.resolve("warehouse").toUri());
        }
        System.exit(0);
    }

    private static LocalPostgres keptCatalog(Path keep) throws java.io.IOException {
        if (Files.exists(keep.resolve("warehouse"))) {
            throw new IllegalArgumentException("--keep " + keep + " already holds a warehouse; remove the directory or choose another");
        }
        Files.createDirectories(keep);
        return LocalPostgres.start(new LocalPostgresSettings(keep.resolve("pg"), KEPT_CATALOG_PORT, "lris_benchmark", "lris",
                null, false));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}

package vn.gov.quangnam.lris.serving.bench;

import org.apache.iceberg.jdbc.JdbcCatalog;
import vn.gov.quangnam.lris.localstack.postgres.LocalPostgres;
import vn.gov.quangnam.lris.localstack.postgres.LocalPostgresSettings;
import vn.gov.quangnam.lris.schema.WarehouseSchema;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;
import vn.gov.quangnam.lris.schema.tables.FctIndicatorValuesTable;
import vn.gov.quangnam.lris.serving.RunningServing;
import vn.gov.quangnam.lris.serving.ServingSettings;
import vn.gov.quangnam.lris.serving.TrinoServing;
import vn.gov.quangnam.lris.serving.security.AccountSettings;
import vn.gov.quangnam.lris.serving.security.ServingAccount;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures p50/p95 latency of the dashboard's and reports' typical queries ({@link BenchmarkQuery#typical}) through a
 * local Trino over JDBC, as the province account and as a district account (row-filtered), with 1 and 3 concurrent
 * users. A command, not a test: machines differ, so it reports figures and asserts nothing.
 *
 * <p>Against an existing warehouse: {@code --warehouse s3://... --catalog-url jdbc:postgresql://... --catalog-user ...}.
 * With a synthetic one kept in an embedded PostgreSQL:
 * {@code --local-postgres /tmp/bench/pg --warehouse file:///tmp/bench/warehouse --seed-rows 1000000}. See
 * {@link BenchmarkOptions} for every option and serving/README.md for the figures measured so far.
 */
public final class QueryLatencyBenchmark {
    private QueryLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        Optional<LocalPostgres> postgres = Optional.ofNullable(options.localPostgres()).map(directory -> LocalPostgres.start(
                new LocalPostgresSettings(directory, options.localPostgresPort(), "lris_benchmark", "lris", null, false)));
        try {
            WarehouseCatalogSettings warehouse = warehouse(options, postgres);
            seedIfEmpty(warehouse, options.seedRows());
            ServingSettings settings = new ServingSettings(warehouse, options.stateDirectory(), options.httpsPort(),
                    AccountSettings.demo(), options.heap());
            long started = System.nanoTime();
            try (RunningServing serving = TrinoServing.start(settings)) {
                System.out.printf("Trino ready in %.1f s at %s; %s indicator values%n", (System.nanoTime() - started) / 1e9,
                        serving.serverUri(), count(serving, "SELECT count(*) FROM mart.fct_indicator_values"));
                if (options.explain()) {
                    explain(serving, options);
                } else {
                    run(serving, options);
                }
            }
        } finally {
            postgres.ifPresent(LocalPostgres::close);
        }
    }

    private static WarehouseCatalogSettings warehouse(BenchmarkOptions options, Optional<LocalPostgres> postgres) {
        if (postgres.isPresent()) {
            return new WarehouseCatalogSettings(options.catalogName(), postgres.get().jdbcUrl(), postgres.get().user(),
                    postgres.get().password(), options.warehouse(), Map.of());
        }
        return new WarehouseCatalogSettings(options.catalogName(), options.catalogUrl(), options.catalogUser(),
                options.catalogPassword(), options.warehouse(), Map.of());
    }

    private static void seedIfEmpty(WarehouseCatalogSettings warehouse, long rows) {
        if (rows <= 0) {
            return;
        }
        WarehouseSchema.apply(warehouse, ReferenceFiles.bundled());
        try (JdbcCatalog catalog = WarehouseCatalogs.open(warehouse)) {
            if (catalog.loadTable(FctIndicatorValuesTable.IDENTIFIER).currentSnapshot() != null) {
                System.out.println("mart.fct_indicator_values already has data: not seeding");
                return;
            }
        }
        long started = System.nanoTime();
        SyntheticMart.SeedResult seeded = SyntheticMart.seed(warehouse, rows);
        System.out.printf("seeded %d indicator values and %d breaches in %.1f s%n", seeded.indicatorValues(), seeded.breaches(),
                (System.nanoTime() - started) / 1e9);
    }

    private static void run(RunningServing serving, BenchmarkOptions options) throws Exception {
        List<BenchmarkQuery> queries = BenchmarkQuery.typical(options.year());
        List<ServingAccount> users = List.of(serving.accounts().find("province").orElseThrow(),
                serving.accounts().find("district_502").orElseThrow());
        warmUp(serving, users, queries, options.warmupSeconds());
        System.out.printf("%n| user | query | concurrent users | runs | p50 ms | p95 ms |%n|---|---|---|---|---|---|%n");
        for (ServingAccount user : users) {
            for (int concurrency : options.concurrency()) {
                Map<BenchmarkQuery, LatencyStatistics> statistics = measure(serving, user, queries, concurrency, options);
                statistics.forEach((query, latency) -> System.out.printf("| %s | %s | %d | %d | %.0f | %.0f |%n", user.user(),
                        query.name(), concurrency, latency.count(), latency.percentileMillis(50), latency.percentileMillis(95)));
            }
        }
    }

    /**
     * Runs the query mix as every user, untimed, for the given time. Trino generates and loads bytecode for each query's
     * plan and its JIT compilers settle only after a few hundred queries: on 2 cores, compiling takes a third of the
     * CPU of the first queries, so without this the figures describe a server started a minute ago.
     */
    private static void warmUp(RunningServing serving, List<ServingAccount> users, List<BenchmarkQuery> queries, int seconds) throws SQLException {
        if (seconds <= 0) {
            return;
        }
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int runs = 0;
        Map<ServingAccount, Connection> connections = new LinkedHashMap<>();
        try {
            for (ServingAccount user : users) {
                Connection connection = serving.connect(user);
                connections.put(user, connection);
                connection.setSchema("reporting");
            }
            while (System.nanoTime() < deadline) {
                for (Connection connection : connections.values()) {
                    for (BenchmarkQuery query : queries) {
                        timed(connection, query);
                        runs++;
                    }
                }
            }
        } finally {
            for (Connection connection : connections.values()) {
                connection.close();
            }
        }
        System.out.printf("warmed up with %d queries in %d s%n", runs, seconds);
    }

    private static void applySession(Connection connection, BenchmarkOptions options) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String property : options.session()) {
                String[] nameAndValue = property.split("=", 2);
                String value = nameAndValue[1].strip();
                String literal = value.matches("true|false|-?[0-9]+(\\.[0-9]+)?") ? value : "'" + value.replace("'", "''") + "'";
                statement.execute("SET SESSION " + nameAndValue[0].strip() + " = " + literal);
            }
        }
    }

    /** Prints Trino's EXPLAIN ANALYZE of every query as the province account: where a slow query spends its time. */
    private static void explain(RunningServing serving, BenchmarkOptions options) throws SQLException {
        try (Connection connection = serving.connect(serving.accounts().find("province").orElseThrow());
             Statement statement = connection.createStatement()) {
            applySession(connection, options);
            for (BenchmarkQuery query : BenchmarkQuery.typical(options.year())) {
                statement.executeQuery(query.sql()).close();
                System.out.printf("%n== %s%n", query.name());
                try (ResultSet plan = statement.executeQuery("EXPLAIN ANALYZE " + query.sql())) {
                    while (plan.next()) {
                        System.out.println(plan.getString(1));
                    }
                }
            }
        }
    }

    /** Every thread (one user) runs all queries in turn, warmup times untimed, then iterations times timed. */
    private static Map<BenchmarkQuery, LatencyStatistics> measure(RunningServing serving, ServingAccount user, List<BenchmarkQuery> queries,
                                                                  int concurrency, BenchmarkOptions options) throws Exception {
        Map<BenchmarkQuery, LatencyStatistics> statistics = new LinkedHashMap<>();
        queries.forEach(query -> statistics.put(query, new LatencyStatistics()));
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> users = new ArrayList<>();
            for (int thread = 0; thread < concurrency; thread++) {
                users.add(threads.submit(() -> {
                    try (Connection connection = serving.connect(user)) {
                        connection.setSchema("reporting");
                        applySession(connection, options);
                        for (int round = 0; round < options.warmup() + options.iterations(); round++) {
                            for (BenchmarkQuery query : queries) {
                                long elapsed = timed(connection, query);
                                if (round >= options.warmup()) {
                                    statistics.get(query).add(elapsed);
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> thread : users) {
                thread.get();
            }
        } finally {
            threads.shutdownNow();
        }
        return statistics;
    }

    /** Runs the query and reads every row, as a dashboard does; returns the elapsed nanoseconds. */
    private static long timed(Connection connection, BenchmarkQuery query) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query.sql())) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int column = 1; column <= columns; column++) {
                    result.getObject(column);
                }
            }
        }
        return System.nanoTime() - started;
    }

    private static String count(RunningServing serving, String sql) throws SQLException {
        try (Connection connection = serving.connect(serving.accounts().service()); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}

package vn.gov.quangnam.lris.serving.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's command line: the warehouse (its Iceberg JDBC catalog and location), or an embedded PostgreSQL to
 * keep a synthetic one in, and how to measure.
 *
 * <pre>
 * --warehouse URI            warehouse location, e.g. file:///srv/lris/warehouse or s3://bucket/path (required)
 * --catalog-url JDBC-URL     Iceberg JDBC catalog database, e.g. jdbc:postgresql://127.0.0.1:54329/lris
 * --catalog-user USER        its user (default lris)
 * --catalog-password PW      its password (default: environment LRIS_CATALOG_PASSWORD)
 * --catalog-name NAME        Iceberg catalog name, as for Spark (default lris)
 * --local-postgres DIR       instead of --catalog-url: start (or reuse) an embedded PostgreSQL with this data directory
 * --local-postgres-port N    its port (default 54339)
 * --seed-rows N              if mart.fct_indicator_values is empty, first apply the schema and seed about N synthetic rows
 * --state-dir DIR            Trino's server directory and generated passwords (default target/benchmark-state)
 * --https-port N             Trino's port (default 18443)
 * --iterations N             timed runs of every query by every user thread (default 10), after --warmup N (default 2)
 * --warmup-seconds N         first run the queries as every user, untimed, for N seconds (default 120): a freshly
 *                            started Trino spends more CPU compiling (JIT) than querying for its first few hundred
 *                            queries, which a coordinator that has run for days does not (0 measures a cold server)
 * --concurrency LIST         numbers of concurrent users (default 1,3)
 * --heap SIZE                Trino's -Xmx (default 2G)
 * --explain true            print EXPLAIN ANALYZE of every query (after one untimed run) instead of timing them
 * --session LIST            session properties set on every connection (text values quoted for you), e.g.
 *                            "execution_policy=all-at-once;lris.statistics_enabled=false"
 * --year N                   the year the dashboard and report queries ask for (default 2025, the synthetic mart's last)
 * </pre>
 */
record BenchmarkOptions(String warehouse, String catalogUrl, String catalogUser, String catalogPassword, String catalogName,
                        Path localPostgres, int localPostgresPort, long seedRows, Path stateDirectory, int httpsPort,
                        int iterations, int warmup, int warmupSeconds, List<Integer> concurrency, String heap, int year, boolean explain, List<String> session) {

    static BenchmarkOptions parse(String[] args) {
        Map<String, String> values = OptionPairs.parse(args, BenchmarkOptions.class);
        String warehouse = required(values, "warehouse");
        String catalogUrl = values.get("catalog-url");
        Path localPostgres = values.containsKey("local-postgres") ? Path.of(values.get("local-postgres")) : null;
        if ((catalogUrl == null) == (localPostgres == null)) {
            throw new IllegalArgumentException("give exactly one of --catalog-url (an existing catalog database) and --local-postgres (an embedded one)");
        }
        List<Integer> concurrency = new ArrayList<>();
        for (String level : values.getOrDefault("concurrency", "1,3").split(",")) {
            concurrency.add(wholeNumber("concurrency", level.trim()));
        }
        return new BenchmarkOptions(warehouse, catalogUrl, values.getOrDefault("catalog-user", "lris"),
                values.getOrDefault("catalog-password", System.getenv().getOrDefault("LRIS_CATALOG_PASSWORD", "")),
                values.getOrDefault("catalog-name", "lris"), localPostgres,
                integer(values, "local-postgres-port", "54339"),
                integer(values, "seed-rows", "0"),
                Path.of(values.getOrDefault("state-dir", "target/benchmark-state")),
                integer(values, "https-port", "18443"),
                integer(values, "iterations", "10"),
                integer(values, "warmup", "2"),
                integer(values, "warmup-seconds", "120"),
                List.copyOf(concurrency), values.getOrDefault("heap", "2G"),
                integer(values, "year", String.valueOf(SyntheticMart.LATEST_YEAR)),
                Boolean.parseBoolean(values.getOrDefault("explain", "false")),
                java.util.Arrays.stream(values.getOrDefault("session", "").split(";")).map(String::strip)
                        .filter(property -> !property.isEmpty()).toList());
    }

    private static int integer(Map<String, String> values, String name, String defaultValue) {
        return wholeNumber(name, values.getOrDefault(name, defaultValue));
    }

    private static int wholeNumber(String name, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a whole number, not '" + text + "'; see BenchmarkOptions for the options", e);
        }
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required; see BenchmarkOptions for the options");
        }
        return value;
    }
}

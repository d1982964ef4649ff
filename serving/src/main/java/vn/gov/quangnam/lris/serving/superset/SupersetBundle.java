package vn.gov.quangnam.lris.serving.superset;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import vn.gov.quangnam.lris.serving.reporting.ReportingView;
import vn.gov.quangnam.lris.serving.reporting.ReportingViews;
import vn.gov.quangnam.lris.serving.reporting.ViewColumn;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static java.util.Objects.requireNonNull;

/**
 * An Apache Superset import bundle (Settings → Import dashboard, or {@code superset import-dashboards -p <zip>}) of
 * the leaders' dashboard: the Trino database, one dataset per reporting view (columns with their comments, the rate
 * metric {@code 100 * sum(numerator) / sum(denominator)}), the charts of {@link SupersetCharts} and one dashboard.
 *
 * <p>The format is Superset's export format version {@value #FORMAT_VERSION}: a root directory holding
 * {@code metadata.yaml}, {@code databases/}, {@code datasets/<database>/}, {@code charts/}, {@code dashboards/}; every
 * reference goes by UUID (dataset → database, chart → dataset, dashboard position → chart). UUIDs are derived from
 * names, so importing a newer bundle overwrites the objects of an older one. The database password is masked as in
 * Superset's own exports: Superset asks for it at import. Only fields that Superset's import schemas have accepted
 * since the format was introduced are written (its schemas reject unknown fields).
 */
public final class SupersetBundle {
    public static final String FORMAT_VERSION = "1.0.0";
    public static final String PASSWORD_MASK = "XXXXXXXXXX";
    static final String ROOT = "lris_superset_bundle";
    static final String DATABASE_NAME = "LRIS Warehouse (Trino)";
    static final String DASHBOARD_TITLE = "Chuyển đổi số Quảng Nam / Quảng Nam digital transformation";

    private final SupersetConnection connection;
    private final String timestamp;

    /**
     * @param timestamp the export time written into metadata.yaml (ISO-8601)
     */
    public SupersetBundle(SupersetConnection connection, String timestamp) {
        this.connection = requireNonNull(connection, "connection is null");
        this.timestamp = requireNonNull(timestamp, "timestamp is null");
    }

    /** The bundle's files: path inside the root directory to YAML content. */
    public Map<String, String> files() {
        Yaml yaml = yaml();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("metadata.yaml", yaml.dump(map("version", FORMAT_VERSION, "type", "Dashboard", "timestamp", timestamp)));
        files.put("databases/lris.yaml", yaml.dump(database()));
        for (ReportingView view : ReportingViews.ALL) {
            files.put("datasets/lris/" + view.name() + ".yaml", yaml.dump(dataset(view)));
        }
        for (SupersetChart chart : SupersetCharts.ALL) {
            files.put("charts/" + chart.key() + ".yaml", yaml.dump(chart(chart)));
        }
        files.put("dashboards/lris_digital_transformation.yaml", yaml.dump(dashboard()));
        return files;
    }

    /** Writes the bundle as a ZIP (atomically: a temporary file renamed into place). */
    public void write(Path zip) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        Path temporary = zip.resolveSibling(zip.getFileName() + ".tmp");
        try (OutputStream output = Files.newOutputStream(temporary); ZipOutputStream archive = new ZipOutputStream(output)) {
            for (Map.Entry<String, String> file : files().entrySet()) {
                ZipEntry entry = new ZipEntry(ROOT + "/" + file.getKey());
                entry.setLastModifiedTime(FileTime.fromMillis(0));
                archive.putNextEntry(entry);
                archive.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                archive.closeEntry();
            }
        }
        Files.move(temporary, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Map<String, Object> database() {
        Map<String, Object> connectArguments = map("http_scheme", "https", "verify", connection.certificatePem().toString());
        Map<String, Object> extra = map(
                "metadata_params", Map.of(),
                "engine_params", map("connect_args", connectArguments),
                "metadata_cache_timeout", Map.of(),
                "schemas_allowed_for_csv_upload", List.of());
        return map(
                "database_name", DATABASE_NAME,
                "sqlalchemy_uri", connection.maskedSqlalchemyUri(),
                "cache_timeout", null,
                "expose_in_sqllab", true,
                "allow_run_async", false,
                "allow_ctas", false,
                "allow_cvas", false,
                "allow_csv_upload", false,
                "extra", extra,
                "uuid", uuid("database", "lris").toString(),
                "version", FORMAT_VERSION);
    }

    private Map<String, Object> dataset(ReportingView view) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (ViewColumn column : view.columns()) {
            boolean temporal = column.trinoType().equals("date") || column.trinoType().startsWith("timestamp");
            columns.add(map(
                    "column_name", column.name(),
                    "verbose_name", null,
                    "is_dttm", temporal,
                    "is_active", true,
                    "type", column.trinoType().toUpperCase(java.util.Locale.ROOT),
                    "groupby", true,
                    "filterable", true,
                    "expression", null,
                    "description", column.comment(),
                    "python_date_format", null));
        }
        return map(
                "table_name", view.name(),
                "main_dttm_col", view.columns().stream().anyMatch(column -> column.name().equals("end_date")) ? "end_date" : null,
                "description", view.comment(),
                "default_endpoint", null,
                "offset", 0,
                "cache_timeout", null,
                "schema", ReportingView.SCHEMA,
                "sql", null,
                "params", null,
                "template_params", null,
                "filter_select_enabled", true,
                "fetch_values_predicate", null,
                "extra", null,
                "uuid", datasetUuid(view.name()).toString(),
                "metrics", metrics(view),
                "columns", columns,
                "version", FORMAT_VERSION,
                "database_uuid", uuid("database", "lris").toString());
    }

    /** The dataset metrics: a row count everywhere; the aggregated rate where the view has numerator and denominator. */
    static List<Map<String, Object>> metrics(ReportingView view) {
        List<Map<String, Object>> metrics = new ArrayList<>();
        metrics.add(metric("count", "COUNT(*)", "Number of rows"));
        if (view.columns().stream().anyMatch(column -> column.name().equals("numerator"))) {
            metrics.add(metric("rate_pct", "100.0 * SUM(numerator) / NULLIF(SUM(denominator), 0)",
                    "The rate over the selected rows: the sum of numerators over the sum of denominators, in percent "
                            + "(never an average of rates)"));
        }
        return metrics;
    }

    private static Map<String, Object> metric(String name, String expression, String description) {
        return map("metric_name", name, "verbose_name", null, "metric_type", null, "expression", expression,
                "description", description, "d3format", null, "extra", null, "warning_text", null);
    }

    private Map<String, Object> chart(SupersetChart chart) {
        return map(
                "slice_name", chart.title(),
                "viz_type", chart.vizType(),
                "params", chart.params(),
                "query_context", null,
                "cache_timeout", null,
                "uuid", chartUuid(chart).toString(),
                "version", FORMAT_VERSION,
                "dataset_uuid", datasetUuid(chart.view()).toString());
    }

    private Map<String, Object> dashboard() {
        return map(
                "dashboard_title", DASHBOARD_TITLE,
                "description", null,
                "css", "",
                "slug", "lris-digital-transformation",
                "uuid", uuid("dashboard", "lris-digital-transformation").toString(),
                "position", SupersetDashboardLayout.position(DASHBOARD_TITLE, SupersetCharts.ALL, SupersetBundle::chartUuid),
                "metadata", map(
                        "color_scheme", "supersetColors",
                        "refresh_frequency", 0,
                        "expanded_slices", Map.of(),
                        "timed_refresh_immune_slices", List.of(),
                        "default_filters", "{}",
                        "native_filter_configuration", List.of()),
                "version", FORMAT_VERSION);
    }

    static UUID datasetUuid(String view) {
        return uuid("dataset", view);
    }

    static UUID chartUuid(SupersetChart chart) {
        return uuid("chart", chart.key());
    }

    private static UUID uuid(String kind, String name) {
        return UUID.nameUUIDFromBytes(("lris-superset/" + kind + "/" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setDereferenceAliases(true);
        return new Yaml(options);
    }

    /** An insertion-ordered map that, unlike {@link Map#of}, allows null values (Superset exports write them). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int index = 0; index < keysAndValues.length; index += 2) {
            map.put((String) keysAndValues[index], keysAndValues[index + 1]);
        }
        return map;
    }
}

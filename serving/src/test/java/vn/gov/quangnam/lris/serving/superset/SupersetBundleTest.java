package vn.gov.quangnam.lris.serving.superset;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The structure of the bundle the build writes: what Superset's import checks, and every reference resolving. */
class SupersetBundleTest {
    /** Keys Superset's v1 import schemas have accepted since the format was introduced (they reject unknown keys). */
    private static final Set<String> DATABASE_KEYS = Set.of("database_name", "sqlalchemy_uri", "password", "cache_timeout",
            "expose_in_sqllab", "allow_run_async", "allow_ctas", "allow_cvas", "allow_csv_upload", "extra", "uuid", "version");
    private static final Set<String> DATASET_KEYS = Set.of("table_name", "main_dttm_col", "description", "default_endpoint",
            "offset", "cache_timeout", "schema", "sql", "params", "template_params", "filter_select_enabled",
            "fetch_values_predicate", "extra", "uuid", "columns", "metrics", "version", "database_uuid");
    private static final Set<String> CHART_KEYS = Set.of("slice_name", "viz_type", "params", "query_context", "cache_timeout",
            "uuid", "version", "dataset_uuid");
    private static final Set<String> DASHBOARD_KEYS = Set.of("dashboard_title", "description", "css", "slug", "uuid",
            "position", "metadata", "version");

    private final SupersetBundleFiles bundle = SupersetBundleFiles.builtByMaven();

    SupersetBundleTest() throws IOException {
    }

    @Test
    void metadataDeclaresADashboardExportOfFormatVersion100() {
        Map<String, Object> metadata = bundle.get("metadata.yaml");
        assertThat(metadata).containsEntry("version", "1.0.0").containsEntry("type", "Dashboard").containsKey("timestamp");
    }

    @Test
    void everyFileHasOnlyKeysSupersetAcceptsAndTheFormatVersion() {
        assertThat(bundle.under("databases")).hasSize(1);
        assertThat(bundle.under("datasets")).hasSize(4);
        assertThat(bundle.under("charts")).hasSize(SupersetCharts.ALL.size());
        assertThat(bundle.under("dashboards")).hasSize(1);
        check(bundle.under("databases"), DATABASE_KEYS);
        check(bundle.under("datasets"), DATASET_KEYS);
        check(bundle.under("charts"), CHART_KEYS);
        check(bundle.under("dashboards"), DASHBOARD_KEYS);
    }

    @Test
    void theDatabaseUsesTheTrinoDriverOverHttpsWithAMaskedPassword() {
        Map<String, Object> database = bundle.get("databases/lris.yaml");
        assertThat(database.get("sqlalchemy_uri")).isEqualTo("trino://province:XXXXXXXXXX@127.0.0.1:8443/lris");
        assertThat(database).doesNotContainKey("password");
        assertThat(database.get("extra").toString()).contains("http_scheme=https").contains("verify=").contains("trino-ca.pem");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyUuidReferenceResolves() {
        Set<Object> databases = uuids("databases");
        Set<Object> datasets = uuids("datasets");
        Set<Object> charts = uuids("charts");
        bundle.under("datasets").forEach((path, dataset) -> assertThat(databases).as(path).contains(dataset.get("database_uuid")));
        bundle.under("charts").forEach((path, chart) -> assertThat(datasets).as(path).contains(chart.get("dataset_uuid")));
        Map<String, Object> dashboard = bundle.under("dashboards").values().iterator().next();
        Map<String, Map<?, ?>> nodes = new java.util.LinkedHashMap<>();
        ((Map<?, ?>) dashboard.get("position")).forEach((id, node) -> {
            if (node instanceof Map<?, ?> map) {
                nodes.put((String) id, map);
            }
        });
        Set<Object> placed = new HashSet<>();
        nodes.forEach((id, node) -> {
            if ("CHART".equals(node.get("type"))) {
                placed.add(((Map<?, ?>) node.get("meta")).get("uuid"));
            }
            if (node.get("children") != null) {
                assertThat(nodes.keySet()).as("children of %s", id).containsAll((List<String>) node.get("children"));
            }
        });
        assertThat(placed).as("every chart is on the dashboard, by UUID").isEqualTo(charts);
    }

    private Set<Object> uuids(String directory) {
        Set<Object> uuids = new HashSet<>();
        bundle.under(directory).values().forEach(document -> uuids.add(document.get("uuid")));
        assertThat(uuids).as("%s have distinct UUIDs", directory).hasSize(bundle.under(directory).size());
        return uuids;
    }

    private static void check(Map<String, Map<String, Object>> documents, Set<String> allowed) {
        documents.forEach((path, document) -> {
            assertThat(allowed).as("keys of %s", path).containsAll(document.keySet());
            assertThat(document).as(path).containsEntry("version", "1.0.0").containsKey("uuid");
        });
    }
}

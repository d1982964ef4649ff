package vn.gov.quangnam.lris.serving.superset;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A chart of the bundle: its title, Superset visualization type, the reporting view it reads and its form data
 * ({@code params}); {@code columns} and {@code metrics} list what the form data refers to, so a test can check that
 * they exist in the dataset.
 */
public record SupersetChart(String key, String title, String vizType, String view, Map<String, Object> params,
                            List<String> columns, List<String> metrics) {
    public SupersetChart {
        requireNonNull(key, "key is null");
        requireNonNull(title, "title is null");
        requireNonNull(vizType, "vizType is null");
        requireNonNull(view, "view is null");
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        columns = List.copyOf(columns);
        metrics = List.copyOf(metrics);
    }
}

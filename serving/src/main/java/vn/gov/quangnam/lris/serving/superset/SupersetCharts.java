package vn.gov.quangnam.lris.serving.superset;

import vn.gov.quangnam.lris.serving.reporting.ReportingViews;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of the leaders' dashboard, each on a reporting view: the latest figures per unit, the monthly trend per
 * indicator, breaches by severity, and the targets with the documents they come from.
 */
final class SupersetCharts {
    static final List<SupersetChart> ALL = List.of(latestValues(), monthlyTrend(), breachesBySeverity(), targets());

    private SupersetCharts() {
    }

    private static SupersetChart latestValues() {
        List<String> columns = List.of("indicator_name_vi", "unit_name", "level", "period_label_vi", "value_pct", "target_pct",
                "gap_pct", "status");
        Map<String, Object> params = base("table");
        params.put("query_mode", "raw");
        params.put("all_columns", columns);
        params.put("order_by_cols", List.of("[\"gap_pct\", true]"));
        params.put("row_limit", 1000);
        params.put("adhoc_filters", List.of(
                filter("period_type", "==", "month"), filter("calendar", "==", "calendar"), filter("hierarchy", "==", "as_reported")));
        return new SupersetChart("latest_values", "Chỉ số kỳ gần nhất theo đơn vị / Latest values per unit", "table",
                ReportingViews.LATEST_INDICATOR_VALUES.name(), params,
                withFilterColumns(columns, "period_type", "calendar", "hierarchy"), List.of());
    }

    private static SupersetChart monthlyTrend() {
        Map<String, Object> params = base("echarts_timeseries_line");
        params.put("x_axis", "end_date");
        params.put("time_grain_sqla", "P1M");
        params.put("metrics", List.of("rate_pct"));
        params.put("groupby", List.of("indicator_name_vi"));
        params.put("row_limit", 10000);
        params.put("adhoc_filters", List.of(
                filter("period_type", "==", "month"), filter("calendar", "==", "calendar"), filter("hierarchy", "==", "as_reported"),
                filter("level", "==", "district")));
        return new SupersetChart("monthly_trend", "Xu hướng theo tháng / Monthly trend", "echarts_timeseries_line",
                ReportingViews.INDICATOR_VALUES.name(), params,
                List.of("end_date", "indicator_name_vi", "period_type", "calendar", "hierarchy", "level"), List.of("rate_pct"));
    }

    private static SupersetChart breachesBySeverity() {
        Map<String, Object> params = base("pie");
        params.put("groupby", List.of("severity"));
        params.put("metric", "count");
        params.put("row_limit", 100);
        params.put("adhoc_filters", List.of());
        return new SupersetChart("breaches_by_severity", "Vi phạm chỉ tiêu theo mức độ / Breaches by severity", "pie",
                ReportingViews.BREACHES_VIEW.name(), params, List.of("severity"), List.of("count"));
    }

    private static SupersetChart targets() {
        List<String> columns = List.of("indicator_name_vi", "level", "year", "target_pct", "source_document", "rule");
        Map<String, Object> params = base("table");
        params.put("query_mode", "raw");
        params.put("all_columns", columns);
        params.put("row_limit", 1000);
        params.put("adhoc_filters", List.of());
        return new SupersetChart("targets", "Chỉ tiêu và văn bản / Targets and their documents", "table",
                ReportingViews.TARGETS_VIEW.name(), params, columns, List.of());
    }

    private static Map<String, Object> base(String vizType) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("viz_type", vizType);
        return params;
    }

    private static Map<String, Object> filter(String column, String operator, String value) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("clause", "WHERE");
        filter.put("expressionType", "SIMPLE");
        filter.put("subject", column);
        filter.put("operator", operator);
        filter.put("comparator", value);
        return filter;
    }

    private static List<String> withFilterColumns(List<String> columns, String... filterColumns) {
        List<String> all = new java.util.ArrayList<>(columns);
        all.addAll(List.of(filterColumns));
        return all;
    }
}

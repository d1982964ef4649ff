package vn.gov.quangnam.lris.serving.superset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A dashboard's {@code position} (Superset's layout tree, version v2): a header, then rows of two charts each, every
 * chart node naming its chart by UUID (Superset maps it to the imported chart's id).
 */
final class SupersetDashboardLayout {
    private static final int CHARTS_PER_ROW = 2;
    private static final int CHART_WIDTH = 6;
    private static final int CHART_HEIGHT = 50;

    private SupersetDashboardLayout() {
    }

    static Map<String, Object> position(String title, List<SupersetChart> charts, Function<SupersetChart, UUID> chartUuid) {
        Map<String, Object> position = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        position.put("DASHBOARD_VERSION_KEY", "v2");
        position.put("HEADER_ID", SupersetBundle.map("id", "HEADER_ID", "type", "HEADER", "meta", SupersetBundle.map("text", title)));
        for (int first = 0; first < charts.size(); first += CHARTS_PER_ROW) {
            String rowId = "ROW-" + (first / CHARTS_PER_ROW + 1);
            List<String> chartIds = new ArrayList<>();
            for (int index = first; index < Math.min(first + CHARTS_PER_ROW, charts.size()); index++) {
                SupersetChart chart = charts.get(index);
                String chartId = "CHART-" + chart.key();
                chartIds.add(chartId);
                position.put(chartId, SupersetBundle.map(
                        "id", chartId,
                        "type", "CHART",
                        "children", List.of(),
                        "parents", List.of("ROOT_ID", "GRID_ID", rowId),
                        "meta", SupersetBundle.map(
                                "chartId", index + 1,
                                "height", CHART_HEIGHT,
                                "width", CHART_WIDTH,
                                "sliceName", chart.title(),
                                "uuid", chartUuid.apply(chart).toString())));
            }
            position.put(rowId, SupersetBundle.map("id", rowId, "type", "ROW", "children", chartIds,
                    "parents", List.of("ROOT_ID", "GRID_ID"), "meta", SupersetBundle.map("background", "BACKGROUND_TRANSPARENT")));
            rows.add(rowId);
        }
        position.put("GRID_ID", SupersetBundle.map("id", "GRID_ID", "type", "GRID", "children", rows, "parents", List.of("ROOT_ID")));
        position.put("ROOT_ID", SupersetBundle.map("id", "ROOT_ID", "type", "ROOT", "children", List.of("GRID_ID")));
        return position;
    }
}

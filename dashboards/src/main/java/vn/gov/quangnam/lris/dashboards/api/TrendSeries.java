package vn.gov.quangnam.lris.dashboards.api;

import vn.gov.quangnam.lris.dashboards.queries.Indicator;
import vn.gov.quangnam.lris.dashboards.queries.MonthlyFigures;
import vn.gov.quangnam.lris.dashboards.queries.MonthlySeries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shapes the monthly figures for the trend charts: per indicator, per level, twelve months per year and the targets. */
final class TrendSeries {
    private TrendSeries() {
    }

    static List<ApiResponses.IndicatorTrend> of(MonthlySeries series) {
        List<ApiResponses.IndicatorTrend> trends = new ArrayList<>();
        for (Indicator indicator : series.indicators()) {
            Map<String, Map<String, BigDecimal>> targets = new LinkedHashMap<>();
            Map<String, Map<String, BigDecimal[]>> values = new LinkedHashMap<>();
            for (MonthlyFigures month : series.months()) {
                if (!month.indicatorCode().equals(indicator.code())) {
                    continue;
                }
                String year = Integer.toString(month.year());
                targets.computeIfAbsent(month.level(), level -> new LinkedHashMap<>()).put(year, Percent.shown(month.targetPct()));
                values.computeIfAbsent(month.level(), level -> new LinkedHashMap<>())
                        .computeIfAbsent(year, ignored -> new BigDecimal[12])[month.month() - 1] = Percent.shown(month.valuePct());
            }
            Map<String, ApiResponses.LevelSeries> levels = new LinkedHashMap<>();
            targets.forEach((level, levelTargets) -> {
                Map<String, List<BigDecimal>> levelValues = new LinkedHashMap<>();
                values.get(level).forEach((year, months) -> levelValues.put(year, Arrays.asList(months)));
                levels.put(level, new ApiResponses.LevelSeries(levelTargets, levelValues));
            });
            trends.add(new ApiResponses.IndicatorTrend(indicator.code(), indicator.nameVi(), indicator.direction(), levels));
        }
        return trends;
    }
}

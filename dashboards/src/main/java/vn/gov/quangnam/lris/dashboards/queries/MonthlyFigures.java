package vn.gov.quangnam.lris.dashboards.queries;

import java.math.BigDecimal;

import static java.util.Objects.requireNonNull;

/** One indicator at one level in one Decree 09 reporting month: the level's rate (sum over sum) and its target. */
public record MonthlyFigures(String indicatorCode, String level, int year, int month, BigDecimal valuePct, BigDecimal targetPct) {
    public MonthlyFigures {
        requireNonNull(indicatorCode, "indicatorCode is null");
        requireNonNull(level, "level is null");
    }
}

package vn.gov.quangnam.lris.dashboards.queries;

import java.math.BigDecimal;

import static java.util.Objects.requireNonNull;

/**
 * One unit's row of {@code mart.fct_indicator_values} in one period, with the unit's name as of that period and, for a
 * commune, its district's (commune names repeat across districts).
 */
public record UnitFigures(String indicatorCode, String unitCode, String unitName, String districtName, String level, BigDecimal valuePct,
                          BigDecimal targetPct, BigDecimal gapPct, String status) {
    public UnitFigures {
        requireNonNull(indicatorCode, "indicatorCode is null");
        requireNonNull(unitCode, "unitCode is null");
        requireNonNull(level, "level is null");
        requireNonNull(status, "status is null");
    }
}

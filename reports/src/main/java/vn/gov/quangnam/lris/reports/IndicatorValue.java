package vn.gov.quangnam.lris.reports;

import java.math.BigDecimal;

import static java.util.Objects.requireNonNull;

/**
 * One row of {@code mart.fct_indicator_values} in the {@code as_reported} hierarchy (rolled up along the units valid
 * in the period, the hierarchy that the people responsible at the time answer for). Nullable measures stay null.
 */
public record IndicatorValue(String indicatorCode, String unitCode, String periodId, String level, BigDecimal valuePct,
                             BigDecimal targetPct, BigDecimal gapPct, String status, BigDecimal projectedYearEndPct) {
    public IndicatorValue {
        requireNonNull(indicatorCode, "indicatorCode is null");
        requireNonNull(unitCode, "unitCode is null");
        requireNonNull(periodId, "periodId is null");
        requireNonNull(status, "status is null");
    }

    public String indicatorAndUnit() {
        return indicatorCode + "|" + unitCode;
    }
}

package vn.gov.quangnam.lris.dashboards.queries;

import java.math.BigDecimal;

import static java.util.Objects.requireNonNull;

/**
 * A row of {@code mart.fct_breaches} with the names of its unit (and of a commune's district), indicator and period, and
 * its target's source.
 */
public record BreachFigures(String unitCode, String unitName, String districtName, String level, String indicatorCode, String indicatorName,
                            String periodId, String periodLabel, BigDecimal valuePct, BigDecimal targetPct, BigDecimal gapPct,
                            int consecutivePeriods, String severity, String sourceDocument) {
    public BreachFigures {
        requireNonNull(unitCode, "unitCode is null");
        requireNonNull(indicatorCode, "indicatorCode is null");
        requireNonNull(periodId, "periodId is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(sourceDocument, "sourceDocument is null");
    }
}

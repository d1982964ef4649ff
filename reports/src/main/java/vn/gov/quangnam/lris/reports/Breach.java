package vn.gov.quangnam.lris.reports;

import java.math.BigDecimal;

import static java.util.Objects.requireNonNull;

/** One row of {@code mart.fct_breaches}: a unit that missed the target of an indicator in a period. */
public record Breach(String indicatorCode, String unitCode, String periodId, String level, BigDecimal valuePct,
                     BigDecimal targetPct, BigDecimal gapPct, int consecutivePeriods, String severity,
                     String sourceDocument) {
    public Breach {
        requireNonNull(indicatorCode, "indicatorCode is null");
        requireNonNull(unitCode, "unitCode is null");
        requireNonNull(periodId, "periodId is null");
        requireNonNull(valuePct, "valuePct is null");
        requireNonNull(targetPct, "targetPct is null");
        requireNonNull(gapPct, "gapPct is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(sourceDocument, "sourceDocument is null");
    }

    /** The key that identifies the same breach in another period: indicator and unit. */
    public String indicatorAndUnit() {
        return indicatorCode + "|" + unitCode;
    }
}

package vn.gov.quangnam.lris.dashboards.queries;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static java.util.Objects.requireNonNull;

/**
 * One indicator at one level (province agencies, districts or communes) in one period, as the viewer sees it.
 *
 * <p>A level of one unit (the province's own row, or a district account's own district) is that unit's row of
 * {@code mart.fct_indicator_values} as published. A level of several units is their rate taken together, the sum of
 * numerators over the sum of denominators (domain rule: never an average of rates), against the level's target, and
 * judged like a unit: met when not short of the target; short of it, {@code breached} once the period has ended, else
 * {@code at_risk}. The period has ended exactly when the transforms judged some of its rows {@code breached}: while a
 * period runs they only say {@code met} or {@code at_risk}.
 *
 * @param units the units of the level with a row in the period
 * @param met units whose own status is {@code met}; likewise {@code atRisk} and {@code breached}
 */
public record LevelFigures(Indicator indicator, String level, long units, long numerator, long denominator, BigDecimal valuePct,
                           BigDecimal targetPct, BigDecimal gapPct, String status, long met, long atRisk, long breached) {
    public LevelFigures {
        requireNonNull(indicator, "indicator is null");
        requireNonNull(level, "level is null");
        requireNonNull(status, "status is null");
    }

    /** The figures of several units taken together (see the class comment). */
    static LevelFigures combined(Indicator indicator, String level, long units, long numerator, long denominator, BigDecimal targetPct,
                                 long met, long atRisk, long breached) {
        BigDecimal value = denominator == 0 ? null
                : BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
        BigDecimal gap = value == null || targetPct == null ? null
                : indicator.higherIsBetter() ? value.subtract(targetPct) : targetPct.subtract(value);
        String status;
        if (value == null) {
            status = "no_data";
        } else if (gap == null) {
            status = "no_target";
        } else if (gap.signum() >= 0) {
            status = "met";
        } else {
            status = breached > 0 ? "breached" : "at_risk";
        }
        return new LevelFigures(indicator, level, units, numerator, denominator, value, targetPct, gap, status, met, atRisk, breached);
    }
}

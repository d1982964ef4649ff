package vn.gov.quangnam.lris.schema.reference.targets;

import vn.gov.quangnam.lris.schema.reference.indicators.Direction;
import vn.gov.quangnam.lris.schema.reference.units.UnitLevel;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One rule of the target catalogue: from {@code fromYear} (until {@code untilYear}, or until a later rule for the same
 * indicator and level supersedes it), the target of each level is its start value, plus {@code yearlyStep} points for
 * every year after {@code fromYear}, never above {@code cap}.
 *
 * <p>Examples: e-processing 80/70/40 from 2022, superseded by 90/80/60 from 2025 (seeds 004, 003); digitization
 * 30/20/15 in 2021 and "each year at least +20 at each level until 100%" (seed 003: "mỗi năm tăng tối thiểu 20%
 * ... cho đến khi đạt tỷ lệ 100%", read as percentage points).
 */
public record TargetRule(String indicatorCode, TargetSource source, int fromYear, Integer untilYear,
                         Direction direction, Map<UnitLevel, BigDecimal> startValues, BigDecimal yearlyStep,
                         BigDecimal cap, String file, int line) {
    public TargetRule {
        startValues = Map.copyOf(startValues);
    }

    public boolean covers(UnitLevel level, int year) {
        return startValues.containsKey(level) && year >= fromYear && (untilYear == null || year <= untilYear);
    }

    public BigDecimal valueFor(UnitLevel level, int year) {
        BigDecimal value = startValues.get(level);
        if (yearlyStep != null) {
            value = value.add(yearlyStep.multiply(BigDecimal.valueOf(year - (long) fromYear)));
        }
        if (cap != null && value.compareTo(cap) > 0) {
            value = cap;
        }
        return value;
    }

    /** How the value is derived, in words, for fct_targets.rule and for reports. */
    public String describe(UnitLevel level) {
        String until = Optional.ofNullable(untilYear).map(year -> " until " + year).orElse(" until superseded");
        String sense = direction == Direction.AT_LEAST ? "at least " : "at most ";
        if (yearlyStep == null) {
            return sense + plain(startValues.get(level)) + "% from " + fromYear + until;
        }
        return sense + plain(startValues.get(level)) + "% in " + fromYear + ", " + (yearlyStep.signum() >= 0 ? "+" : "")
                + plain(yearlyStep) + " points a year" + (cap == null ? "" : ", capped at " + plain(cap) + "%") + until;
    }

    public String location() {
        return file + " line " + line;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

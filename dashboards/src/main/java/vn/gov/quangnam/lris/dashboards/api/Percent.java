package vn.gov.quangnam.lris.dashboards.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the wall shows them: one decimal, rounded half up (85.25 → 85.3), null stays null. */
final class Percent {
    private Percent() {
    }

    static BigDecimal shown(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }
}

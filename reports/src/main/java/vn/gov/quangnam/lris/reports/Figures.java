package vn.gov.quangnam.lris.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as Vietnamese readers write them: decimal comma, two decimals, "45,20%"; "–" when there is no figure. */
public final class Figures {
    private Figures() {
    }

    public static String percent(BigDecimal value) {
        return value == null ? "–" : number(value) + "%";
    }

    /** A gap with its sign, in percentage points: "-24,80 điểm %". */
    public static String points(BigDecimal value) {
        return value == null ? "–" : number(value) + " điểm %";
    }

    public static String number(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}

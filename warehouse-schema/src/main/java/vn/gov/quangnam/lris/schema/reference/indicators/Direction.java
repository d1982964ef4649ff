package vn.gov.quangnam.lris.schema.reference.indicators;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a target is a floor ("đạt tối thiểu", "trở lên": at least) or a ceiling (at most, e.g. late dossiers). */
public enum Direction {
    AT_LEAST,
    AT_MOST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Direction> fromCode(String code) {
        return Arrays.stream(values()).filter(direction -> direction.code().equals(code)).findFirst();
    }

    /** Whether {@code valuePct} meets {@code targetPct} in this direction. */
    public boolean isMet(java.math.BigDecimal valuePct, java.math.BigDecimal targetPct) {
        int comparison = valuePct.compareTo(targetPct);
        return this == AT_LEAST ? comparison >= 0 : comparison <= 0;
    }
}

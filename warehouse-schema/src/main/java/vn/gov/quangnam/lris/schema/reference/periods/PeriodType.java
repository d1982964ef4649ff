package vn.gov.quangnam.lris.schema.reference.periods;

import java.util.Locale;

/** Month, quarter, half-year or year, and how many of each a year has. */
public enum PeriodType {
    MONTH(12, 1),
    QUARTER(4, 3),
    HALF_YEAR(2, 6),
    YEAR(1, 12);

    private final int perYear;
    private final int months;

    PeriodType(int perYear, int months) {
        this.perYear = perYear;
        this.months = months;
    }

    public int perYear() {
        return perYear;
    }

    /** Length in months. */
    public int months() {
        return months;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

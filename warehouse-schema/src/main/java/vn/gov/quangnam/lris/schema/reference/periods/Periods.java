package vn.gov.quangnam.lris.schema.reference.periods;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the period dimension and finds the period containing a date, for both calendars (see
 * {@link PeriodCalendar} for the Decree 09 cut-off rule).
 */
public final class Periods {
    /** The years the period dimension covers. */
    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2030;

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private Periods() {
    }

    public static List<Period> all() {
        return between(FIRST_YEAR, LAST_YEAR);
    }

    public static List<Period> between(int firstYear, int lastYear) {
        List<Period> periods = new ArrayList<>();
        for (PeriodCalendar calendar : PeriodCalendar.values()) {
            for (int year = firstYear; year <= lastYear; year++) {
                for (PeriodType type : PeriodType.values()) {
                    for (int sequence = 1; sequence <= type.perYear(); sequence++) {
                        periods.add(of(calendar, type, year, sequence));
                    }
                }
            }
        }
        return periods;
    }

    /** The period of the given type and calendar that contains {@code date}. */
    public static Period containing(LocalDate date, PeriodType type, PeriodCalendar calendar) {
        YearMonth month = calendar.monthContaining(date);
        int sequence = (month.getMonthValue() - 1) / type.months() + 1;
        return of(calendar, type, month.getYear(), sequence);
    }

    public static Period of(PeriodCalendar calendar, PeriodType type, int year, int sequence) {
        if (sequence < 1 || sequence > type.perYear()) {
            throw new IllegalArgumentException("a year has no " + type.code() + " number " + sequence);
        }
        YearMonth lastMonth = YearMonth.of(year, sequence * type.months());
        YearMonth firstMonth = lastMonth.minusMonths(type.months() - 1L);
        LocalDate start = calendar.startOfMonth(firstMonth);
        LocalDate end = calendar.endOfMonth(lastMonth);
        return new Period(id(calendar, type, year, sequence), type, calendar, year, sequence, start, end,
                labelVi(calendar, type, year, sequence), labelEn(calendar, type, year, sequence));
    }

    private static String id(PeriodCalendar calendar, PeriodType type, int year, int sequence) {
        String suffix = switch (type) {
            case MONTH -> String.format("-%02d", sequence);
            case QUARTER -> "-Q" + sequence;
            case HALF_YEAR -> "-H" + sequence;
            case YEAR -> "";
        };
        return calendar.idPrefix() + year + suffix;
    }

    private static String labelVi(PeriodCalendar calendar, PeriodType type, int year, int sequence) {
        String label = switch (type) {
            case MONTH -> "tháng " + sequence + "/" + year;
            case QUARTER -> "quý " + ROMAN[sequence - 1] + "/" + year;
            case HALF_YEAR -> (sequence == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case YEAR -> "năm " + year;
        };
        return calendar == PeriodCalendar.DECREE09 ? "Kỳ báo cáo " + label : capitalize(label);
    }

    private static String labelEn(PeriodCalendar calendar, PeriodType type, int year, int sequence) {
        String label = switch (type) {
            case MONTH -> calendar == PeriodCalendar.DECREE09 ? "month " + sequence + "/" + year
                    : YearMonth.of(year, sequence).getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + year;
            case QUARTER -> "Q" + sequence + " " + year;
            case HALF_YEAR -> "H" + sequence + " " + year;
            case YEAR -> "year " + year;
        };
        return calendar == PeriodCalendar.DECREE09 ? "Reporting " + label : capitalize(label);
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

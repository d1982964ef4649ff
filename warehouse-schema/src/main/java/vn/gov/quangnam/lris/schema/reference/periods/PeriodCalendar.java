package vn.gov.quangnam.lris.schema.reference.periods;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How a period's months are cut.
 *
 * <p>{@link #DECREE09}: Decree 09/2019/NĐ-CP on the reporting regime of state administrative agencies, Article 12
 * ("thời gian chốt số liệu"): the monthly report covers the 15th of the previous month to the 14th of the reporting
 * month; the quarterly report the 15th of the month before the quarter to the 14th of the quarter's last month; the
 * 6-month report 15 December of the previous year to 14 June; the annual report 15 December of the previous year to
 * 14 December. The second half-year (15 June to 14 December) is not named by the decree; it is the complement of the
 * first, so that half-years tile the reporting year as quarters and months do.
 */
public enum PeriodCalendar {
    CALENDAR("calendar", "", 1),
    DECREE09("decree09", "R", 15);

    private final String code;
    private final String idPrefix;
    private final int firstDayOfMonth;

    PeriodCalendar(String code, String idPrefix, int firstDayOfMonth) {
        this.code = code;
        this.idPrefix = idPrefix;
        this.firstDayOfMonth = firstDayOfMonth;
    }

    public String code() {
        return code;
    }

    public String idPrefix() {
        return idPrefix;
    }

    /** First day of the period whose last calendar month is {@code month}'s predecessor + 1, i.e. of "month". */
    LocalDate startOfMonth(YearMonth month) {
        return this == CALENDAR ? month.atDay(1) : month.minusMonths(1).atDay(firstDayOfMonth);
    }

    /** Last day of the reporting period named after {@code month}. */
    LocalDate endOfMonth(YearMonth month) {
        return this == CALENDAR ? month.atEndOfMonth() : month.atDay(firstDayOfMonth - 1);
    }

    /** The month whose period contains {@code date}: for Decree 09, a day from the 15th on belongs to the next month. */
    YearMonth monthContaining(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        return this == DECREE09 && date.getDayOfMonth() >= firstDayOfMonth ? month.plusMonths(1) : month;
    }
}

package vn.gov.quangnam.lris.reports;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** One row of {@code mart.dim_periods}: a calendar or Decree 09 reporting period with its Vietnamese label. */
public record ReportPeriod(String periodId, String periodType, String calendar, int year, LocalDate startDate,
                           LocalDate endDate, String labelVi) {
    public ReportPeriod {
        requireNonNull(periodId, "periodId is null");
        requireNonNull(periodType, "periodType is null");
        requireNonNull(calendar, "calendar is null");
        requireNonNull(startDate, "startDate is null");
        requireNonNull(endDate, "endDate is null");
        requireNonNull(labelVi, "labelVi is null");
    }

    /** Same type (month, quarter, ...) and same calendar (calendar or decree09): periods that form one series. */
    public boolean sameSeriesAs(ReportPeriod other) {
        return periodType.equals(other.periodType) && calendar.equals(other.calendar);
    }
}

package vn.gov.quangnam.lris.dashboards.queries;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** A Decree 09 reporting period of {@code mart.dim_periods}, e.g. {@code R2025} "Kỳ báo cáo năm 2025". */
public record ReportingPeriod(String periodId, String periodType, int year, String labelVi, LocalDate startDate, LocalDate endDate) {
    public ReportingPeriod {
        requireNonNull(periodId, "periodId is null");
        requireNonNull(periodType, "periodType is null");
        requireNonNull(labelVi, "labelVi is null");
        requireNonNull(startDate, "startDate is null");
        requireNonNull(endDate, "endDate is null");
    }
}

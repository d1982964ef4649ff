package vn.gov.quangnam.lris.reports;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The content of one breach report, independent of its format: the breaches of a scope in a period (worst first),
 * the units at risk, the breaches resolved, and (in the province summary) the units that have breaches but nobody to
 * receive them.
 */
public record BreachReport(ReportPeriod period, String previousPeriodLabel, ReportScope scope, List<ReportRow> rows,
                           List<ReportNote> atRisk, List<ReportNote> resolved, List<String> unitsWithoutRecipient) {
    public BreachReport {
        requireNonNull(period, "period is null");
        requireNonNull(scope, "scope is null");
        rows = List.copyOf(rows);
        atRisk = List.copyOf(atRisk);
        resolved = List.copyOf(resolved);
        unitsWithoutRecipient = List.copyOf(unitsWithoutRecipient);
    }

    public String title() {
        return "Báo cáo vi phạm chỉ tiêu " + period.labelVi() + " – " + scope.nameVi();
    }

    public long newCount() {
        return rows.stream().filter(ReportRow::isNew).count();
    }

    /** File name without extension: {@code bao-cao-vi-pham-R2024-03-502}. */
    public String fileBaseName() {
        return "bao-cao-vi-pham-" + period.periodId() + "-" + scope.code();
    }
}

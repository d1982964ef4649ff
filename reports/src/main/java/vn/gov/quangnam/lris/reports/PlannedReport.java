package vn.gov.quangnam.lris.reports;

import static java.util.Objects.requireNonNull;

/** One report for one person: {@code reportKind} is {@code province-summary} or {@code unit-<code>}. */
public record PlannedReport(Recipient recipient, String reportKind, BreachReport report) {
    public PlannedReport {
        requireNonNull(recipient, "recipient is null");
        requireNonNull(reportKind, "reportKind is null");
        requireNonNull(report, "report is null");
    }
}

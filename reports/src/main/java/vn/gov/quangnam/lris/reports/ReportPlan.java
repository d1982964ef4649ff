package vn.gov.quangnam.lris.reports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Who gets which report for a period. A person listed under a unit gets that unit's scope (a district chair: the
 * district and its communes) when it has breaches, units at risk or resolved breaches; the province list always gets
 * the province summary. A breached unit that nobody receives (neither its own recipients nor its district's) is
 * listed in {@link #unitsWithoutRecipient()}, logged as a warning and named in the province summary.
 */
public record ReportPlan(List<PlannedReport> reports, List<String> unitsWithoutRecipient) {
    public static final String PROVINCE_SUMMARY = "province-summary";
    private static final Logger log = LoggerFactory.getLogger(ReportPlan.class);

    public ReportPlan {
        reports = List.copyOf(reports);
        unitsWithoutRecipient = List.copyOf(unitsWithoutRecipient);
    }

    public static ReportPlan of(MartSnapshot mart, BreachChanges changes, RecipientDirectory directory) {
        ReportPeriod period = changes.period();
        List<String> uncovered = uncoveredUnits(mart, changes, directory);
        BreachReportBuilder builder = new BreachReportBuilder(mart, changes);
        List<PlannedReport> reports = new ArrayList<>();
        for (Map.Entry<String, List<Recipient>> entry : new java.util.TreeMap<>(directory.units()).entrySet()) {
            BreachReport report = builder.build(ReportScope.forUnit(mart, period, entry.getKey()), List.of());
            if (report.rows().isEmpty() && report.atRisk().isEmpty() && report.resolved().isEmpty()) {
                continue;
            }
            entry.getValue().forEach(person -> reports.add(new PlannedReport(person, "unit-" + entry.getKey(), report)));
        }
        BreachReport summary = builder.build(ReportScope.province(mart, period), uncovered);
        directory.province().forEach(person -> reports.add(new PlannedReport(person, PROVINCE_SUMMARY, summary)));
        if (directory.province().isEmpty()) {
            log.warn("period {}: the recipients directory has no 'province' list; nobody receives the province summary",
                    period.periodId());
        }
        return new ReportPlan(reports, uncovered);
    }

    private static List<String> uncoveredUnits(MartSnapshot mart, BreachChanges changes, RecipientDirectory directory) {
        ReportPeriod period = changes.period();
        TreeSet<String> uncovered = new TreeSet<>();
        for (Breach breach : changes.allBreaches()) {
            String district = mart.districtOf(breach.unitCode(), period);
            boolean covered = directory.hasRecipientsFor(breach.unitCode())
                    || (district != null && directory.hasRecipientsFor(district));
            if (!covered) {
                uncovered.add(mart.unitName(breach.unitCode(), period) + " (" + breach.unitCode() + ")");
            }
        }
        uncovered.forEach(unit -> log.warn("period {}: {} has breaches but no recipient in the recipients directory; "
                + "it is listed in the province summary; add its head to the directory", period.periodId(), unit));
        return new ArrayList<>(uncovered);
    }
}

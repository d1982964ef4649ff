package vn.gov.quangnam.lris.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** Turns the changes of a period into the report of one scope, with names, labels and trends from the mart. */
public final class BreachReportBuilder {
    /** How many periods of the series the trend chart shows, the reported one included. */
    public static final int TREND_PERIODS = 6;

    private final MartSnapshot mart;
    private final BreachChanges changes;

    public BreachReportBuilder(MartSnapshot mart, BreachChanges changes) {
        this.mart = requireNonNull(mart, "mart is null");
        this.changes = requireNonNull(changes, "changes is null");
    }

    public BreachReport build(ReportScope scope, List<String> unitsWithoutRecipient) {
        ReportPeriod period = changes.period();
        BreachChanges scoped = scope.provinceWide() ? changes : changes.restrictedTo(scope.unitCodes());
        List<ReportRow> rows = scoped.allBreaches().stream().map(breach -> row(breach, scoped.isNew(breach)))
                .collect(Collectors.toList());
        List<ReportNote> atRisk = scoped.atRisk().stream()
                .map(value -> note(value.unitCode(), value.indicatorCode(), value.valuePct(), value.targetPct()))
                .collect(Collectors.toList());
        List<ReportNote> resolved = scoped.resolved().stream()
                .map(breach -> note(breach.unitCode(), breach.indicatorCode(),
                        mart.value(breach.indicatorCode(), breach.unitCode(), period.periodId())
                                .map(IndicatorValue::valuePct).orElse(null),
                        breach.targetPct()))
                .collect(Collectors.toList());
        String previousLabel = changes.previousPeriod().map(ReportPeriod::labelVi).orElse(null);
        return new BreachReport(period, previousLabel, scope, rows, atRisk, resolved, unitsWithoutRecipient);
    }

    private ReportRow row(Breach breach, boolean isNew) {
        ReportPeriod period = changes.period();
        Indicator indicator = mart.indicator(breach.indicatorCode());
        BigDecimal projected = mart.value(breach.indicatorCode(), breach.unitCode(), period.periodId())
                .map(IndicatorValue::projectedYearEndPct).orElse(null);
        List<TrendPoint> trend = mart.lastPeriods(period, TREND_PERIODS).stream()
                .map(p -> new TrendPoint(p.periodId(), mart.value(breach.indicatorCode(), breach.unitCode(), p.periodId())
                        .map(IndicatorValue::valuePct)
                        .orElse(p.periodId().equals(period.periodId()) ? breach.valuePct() : null)))
                .collect(Collectors.toList());
        return new ReportRow(breach.unitCode(), mart.unitName(breach.unitCode(), period), breach.indicatorCode(),
                indicator.nameVi(), period.periodId(), period.labelVi(), breach.valuePct(), breach.targetPct(),
                breach.gapPct(), breach.consecutivePeriods(), breach.severity(), isNew, projected,
                breach.sourceDocument(), trend);
    }

    private ReportNote note(String unitCode, String indicatorCode, BigDecimal value, BigDecimal target) {
        return new ReportNote(unitCode, mart.unitName(unitCode, changes.period()),
                mart.indicator(indicatorCode).nameVi(), value, target);
    }
}

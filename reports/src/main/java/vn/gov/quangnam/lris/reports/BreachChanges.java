package vn.gov.quangnam.lris.reports;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * What changed in a period compared with the previous period of the same type and calendar ({@code R2024-03} against
 * {@code R2024-02}, {@code 2024-Q1} against {@code 2023-Q4}): new breaches, breaches that persist, units now at risk
 * and breaches resolved (breached before, {@code met} now).
 */
public record BreachChanges(ReportPeriod period, Optional<ReportPeriod> previousPeriod, List<Breach> newBreaches,
                            List<Breach> persistingBreaches, List<IndicatorValue> atRisk, List<Breach> resolved) {
    private static final Comparator<Breach> WORST_FIRST = Comparator.comparing(Breach::gapPct)
            .thenComparing(Breach::unitCode).thenComparing(Breach::indicatorCode);

    public BreachChanges {
        requireNonNull(period, "period is null");
        requireNonNull(previousPeriod, "previousPeriod is null");
        newBreaches = List.copyOf(newBreaches);
        persistingBreaches = List.copyOf(persistingBreaches);
        atRisk = List.copyOf(atRisk);
        resolved = List.copyOf(resolved);
    }

    public static BreachChanges of(MartSnapshot mart, String periodId) {
        ReportPeriod period = mart.period(periodId);
        Optional<ReportPeriod> previous = mart.previous(period);
        List<Breach> current = mart.breaches(periodId);
        List<Breach> before = previous.map(p -> mart.breaches(p.periodId())).orElse(List.of());
        Set<String> breachedBefore = before.stream().map(Breach::indicatorAndUnit).collect(Collectors.toSet());
        Set<String> metNow = mart.values(periodId).stream().filter(value -> "met".equals(value.status()))
                .map(IndicatorValue::indicatorAndUnit).collect(Collectors.toSet());
        return new BreachChanges(period, previous,
                sorted(current.stream().filter(breach -> !persists(breach, breachedBefore)).toList()),
                sorted(current.stream().filter(breach -> persists(breach, breachedBefore)).toList()),
                mart.values(periodId).stream().filter(value -> "at_risk".equals(value.status()))
                        .sorted(Comparator.comparing(IndicatorValue::unitCode).thenComparing(IndicatorValue::indicatorCode))
                        .toList(),
                sorted(before.stream().filter(breach -> metNow.contains(breach.indicatorAndUnit())).toList()));
    }

    /** A breach persists when the transform counted it over more than one period, or the previous period had it. */
    private static boolean persists(Breach breach, Set<String> breachedBefore) {
        return breach.consecutivePeriods() > 1 || breachedBefore.contains(breach.indicatorAndUnit());
    }

    private static List<Breach> sorted(List<Breach> breaches) {
        return breaches.stream().sorted(WORST_FIRST).toList();
    }

    /** Every breach of the period, worst (largest gap) first. */
    public List<Breach> allBreaches() {
        return sorted(java.util.stream.Stream.concat(newBreaches.stream(), persistingBreaches.stream()).toList());
    }

    public boolean isNew(Breach breach) {
        return newBreaches.contains(breach);
    }

    /** The same changes restricted to a set of units (a recipient's scope). */
    public BreachChanges restrictedTo(Set<String> unitCodes) {
        return new BreachChanges(period, previousPeriod,
                newBreaches.stream().filter(breach -> unitCodes.contains(breach.unitCode())).toList(),
                persistingBreaches.stream().filter(breach -> unitCodes.contains(breach.unitCode())).toList(),
                atRisk.stream().filter(value -> unitCodes.contains(value.unitCode())).toList(),
                resolved.stream().filter(breach -> unitCodes.contains(breach.unitCode())).toList());
    }
}

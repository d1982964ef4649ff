package vn.gov.quangnam.lris.reports;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the breach reports read from the mart, held in memory for one run: units, periods, indicators, breaches and
 * the {@code as_reported} indicator values. The mart of one province is small (a few hundred units, a few dozen
 * periods a year), so filtering in memory keeps the reports independent of Trino.
 */
public final class MartSnapshot {
    private final List<ReportUnit> units;
    private final Map<String, ReportPeriod> periods;
    private final Map<String, Indicator> indicators;
    private final List<Breach> breaches;
    private final List<IndicatorValue> values;
    /** Looked up for every row of every report (its projection and trend): indexed, not scanned. */
    private final Map<ValueKey, IndicatorValue> valuesByKey = new HashMap<>();
    private final Map<String, List<ReportUnit>> unitsByCode;
    private final Map<String, List<ReportPeriod>> seriesUpTo = new java.util.concurrent.ConcurrentHashMap<>();

    private record ValueKey(String indicatorCode, String unitCode, String periodId) {
    }

    public MartSnapshot(List<ReportUnit> units, List<ReportPeriod> periods, List<Indicator> indicators,
                        List<Breach> breaches, List<IndicatorValue> values) {
        this.units = List.copyOf(units);
        this.periods = periods.stream().collect(Collectors.toMap(ReportPeriod::periodId, Function.identity()));
        this.indicators = indicators.stream().collect(Collectors.toMap(Indicator::indicatorCode, Function.identity()));
        this.breaches = List.copyOf(breaches);
        this.values = List.copyOf(values);
        this.values.forEach(value -> valuesByKey.putIfAbsent(
                new ValueKey(value.indicatorCode(), value.unitCode(), value.periodId()), value));
        this.unitsByCode = this.units.stream().collect(Collectors.groupingBy(ReportUnit::unitCode));
    }

    public ReportPeriod period(String periodId) {
        ReportPeriod period = periods.get(periodId);
        if (period == null) {
            throw new ReportException("period " + periodId + " is not in mart.dim_periods; use an id such as 2024-03, "
                    + "2024-Q1, 2024 or R2024-03 (Decree 09 reporting period), and run 'lris schema apply' if the "
                    + "periods table is empty");
        }
        return period;
    }

    /** The period of the same type and calendar that ends right before this one starts, if the mart has it. */
    public Optional<ReportPeriod> previous(ReportPeriod period) {
        return periods.values().stream()
                .filter(candidate -> candidate.sameSeriesAs(period) && candidate.endDate().isBefore(period.startDate()))
                .max(Comparator.comparing(ReportPeriod::endDate));
    }

    /** The last {@code count} periods of the series of {@code period}, oldest first, {@code period} included. */
    public List<ReportPeriod> lastPeriods(ReportPeriod period, int count) {
        List<ReportPeriod> series = seriesUpTo.computeIfAbsent(period.periodId(), id -> periods.values().stream()
                .filter(candidate -> candidate.sameSeriesAs(period) && !candidate.endDate().isAfter(period.endDate()))
                .sorted(Comparator.comparing(ReportPeriod::endDate))
                .toList());
        return series.subList(Math.max(0, series.size() - count), series.size());
    }

    public Indicator indicator(String indicatorCode) {
        Indicator indicator = indicators.get(indicatorCode);
        return indicator != null ? indicator : new Indicator(indicatorCode, indicatorCode, "at_least");
    }

    /** The unit's row valid during the period (its name and district at the time), or its latest row. */
    public Optional<ReportUnit> unit(String unitCode, ReportPeriod period) {
        List<ReportUnit> rows = unitsByCode.getOrDefault(unitCode, List.of());
        return rows.stream().filter(unit -> unit.validDuring(period)).max(Comparator.comparing(ReportUnit::validFrom))
                .or(() -> rows.stream().max(Comparator.comparing(ReportUnit::validFrom)));
    }

    public String unitName(String unitCode, ReportPeriod period) {
        return unit(unitCode, period).map(ReportUnit::unitName).orElse(unitCode);
    }

    /** The district code of the unit during the period (the district itself for a district), or null. */
    public String districtOf(String unitCode, ReportPeriod period) {
        return unit(unitCode, period).map(ReportUnit::districtCode).orElse(null);
    }

    /** The units a district chair answers for during the period: the district and the communes that belonged to it. */
    public Set<String> districtAndCommunes(String districtCode, ReportPeriod period) {
        return units.stream()
                .filter(unit -> districtCode.equals(unit.districtCode()) && unit.validDuring(period))
                .map(ReportUnit::unitCode)
                .collect(Collectors.toSet());
    }

    public List<Breach> breaches(String periodId) {
        return breaches.stream().filter(breach -> breach.periodId().equals(periodId)).collect(Collectors.toList());
    }

    public List<IndicatorValue> values(String periodId) {
        return values.stream().filter(value -> value.periodId().equals(periodId)).collect(Collectors.toList());
    }

    public Optional<IndicatorValue> value(String indicatorCode, String unitCode, String periodId) {
        return Optional.ofNullable(valuesByKey.get(new ValueKey(indicatorCode, unitCode, periodId)));
    }
}

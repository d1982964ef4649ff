package vn.gov.quangnam.lris.dashboards.api;

import vn.gov.quangnam.lris.dashboards.auth.Viewer;
import vn.gov.quangnam.lris.dashboards.queries.Freshness;
import vn.gov.quangnam.lris.dashboards.queries.Indicator;
import vn.gov.quangnam.lris.dashboards.queries.LatestBreaches;
import vn.gov.quangnam.lris.dashboards.queries.LevelFigures;
import vn.gov.quangnam.lris.dashboards.queries.MonthlySeries;
import vn.gov.quangnam.lris.dashboards.queries.ReportingPeriod;
import vn.gov.quangnam.lris.dashboards.queries.ReportingPeriods;
import vn.gov.quangnam.lris.dashboards.queries.TrinoConnections;
import vn.gov.quangnam.lris.dashboards.queries.UnitFigures;
import vn.gov.quangnam.lris.dashboards.queries.UnitValues;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The JSON API behind the wall's pages, one method per endpoint, each answering for one viewer from the cached
 * datasets ({@link ViewerDatasets}); see {@link ApiResponses} for the bodies.
 */
public final class DashboardApi {
    private static final Comparator<UnitFigures> WORST_FIRST = Comparator
            .comparing(UnitFigures::gapPct, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(UnitFigures::unitName);

    private final ViewerDatasets datasets;
    private final ExecutorService loaders;

    public DashboardApi(TrinoConnections connections, Duration refresh, ExecutorService loaders, Clock clock) {
        this.datasets = new ViewerDatasets(new DatasetCache(refresh, loaders, clock), connections);
        this.loaders = loaders;
    }

    /**
     * Starts reading every dataset of a viewer who just logged in, so that the wall's first requests, a moment later,
     * find them read or being read instead of each waiting for its own chain of queries.
     */
    public void prefetch(Viewer viewer) {
        List<Runnable> pages = List.of(() -> overview(viewer), () -> map(viewer, null), () -> trends(viewer), () -> breaches(viewer));
        for (Runnable page : pages) {
            loaders.execute(() -> {
                try {
                    page.run();
                } catch (DatasetUnavailableException e) {
                    // the cache keeps the failure: the wall's own request reports it
                }
            });
        }
    }

    Object overview(Viewer viewer) {
        Answer answer = new Answer(viewer);
        ReportingPeriods periods = answer.include(datasets.periods(viewer, answer.version()));
        List<LevelFigures> figures = answer.include(datasets.levels(viewer, answer.version(), periods.year()));
        Map<String, ApiResponses.IndicatorLevels> indicators = new LinkedHashMap<>();
        for (LevelFigures level : figures) {
            indicators.computeIfAbsent(level.indicator().code(), code -> new ApiResponses.IndicatorLevels(code,
                    level.indicator().nameVi(), level.indicator().direction(), new ArrayList<>())).levels().add(ApiResponses.Level.of(level));
        }
        return new ApiResponses.Overview(answer.generatedAt(), answer.dataAsOf(), ApiResponses.Period.of(periods.year().orElse(null)),
                ApiResponses.Period.of(periods.month().orElse(null)), List.copyOf(indicators.values()));
    }

    Object map(Viewer viewer, String indicatorCode) {
        OneIndicator chosen = new OneIndicator(viewer, indicatorCode);
        return new ApiResponses.DistrictMap(chosen.answer.generatedAt(), chosen.answer.dataAsOf(), chosen.period(), chosen.month(),
                chosen.indicatorName(),
                chosen.indicatorNames(), chosen.ofLevel("district").stream().map(ApiResponses.Unit::of).toList(),
                chosen.units.map(UnitValues::successors).orElse(Map.of()));
    }

    Object ranking(Viewer viewer, String indicatorCode) {
        OneIndicator chosen = new OneIndicator(viewer, indicatorCode);
        return new ApiResponses.Ranking(chosen.answer.generatedAt(), chosen.answer.dataAsOf(), chosen.period(), chosen.month(),
                chosen.indicatorName(),
                chosen.indicatorNames(), chosen.ofLevel("district").stream().sorted(WORST_FIRST).map(ApiResponses.Unit::of).toList(),
                chosen.ofLevel("commune").stream().sorted(WORST_FIRST).map(ApiResponses.Unit::of).toList());
    }

    Object trends(Viewer viewer) {
        Answer answer = new Answer(viewer);
        ReportingPeriods periods = answer.include(datasets.periods(viewer, answer.version()));
        Optional<MonthlySeries> series = answer.include(datasets.trends(viewer, answer.version(), periods.year()));
        Integer year = periods.year().map(ReportingPeriod::year).orElse(null);
        return new ApiResponses.Trends(answer.generatedAt(), answer.dataAsOf(), year, year == null ? null : year - 1,
                ApiResponses.Period.of(periods.month().orElse(null)), series.map(TrendSeries::of).orElse(List.of()));
    }

    Object breaches(Viewer viewer) {
        Answer answer = new Answer(viewer);
        LatestBreaches breaches = answer.include(datasets.breaches(viewer, answer.version()));
        return new ApiResponses.Breaches(answer.generatedAt(), answer.dataAsOf(), breaches.total(),
                breaches.breaches().stream().map(ApiResponses.Breach::of).toList());
    }

    Object freshness(Viewer viewer) {
        Answer answer = new Answer(viewer);
        return new ApiResponses.Freshness(answer.generatedAt(), answer.dataAsOf());
    }

    /**
     * The map's and the rankings' figures: every unit's of the period, and the indicator they show. The indicators come
     * worst first (most districts short of their target), so that a wall going round them shows the worst first.
     */
    private final class OneIndicator {
        private final Answer answer;
        private final ReportingPeriods periods;
        private final Optional<UnitValues> units;
        private final Optional<Indicator> indicator;

        /** The requested indicator, or the first with figures when none is asked for. */
        OneIndicator(Viewer viewer, String indicatorCode) {
            answer = new Answer(viewer);
            periods = answer.include(datasets.periods(viewer, answer.version()));
            units = answer.include(datasets.units(viewer, answer.version(), periods.year()));
            List<Indicator> available = units.map(UnitValues::indicatorsWorstFirst).orElse(List.of());
            if (indicatorCode == null || indicatorCode.isBlank()) {
                indicator = available.stream().findFirst();
            } else {
                indicator = Optional.of(available.stream().filter(candidate -> candidate.code().equals(indicatorCode)).findFirst()
                        .orElseThrow(() -> new UnknownIndicatorException(indicatorCode, available.stream().map(Indicator::code).toList())));
            }
        }

        ApiResponses.Period period() {
            return ApiResponses.Period.of(periods.year().orElse(null));
        }

        ApiResponses.Period month() {
            return ApiResponses.Period.of(periods.month().orElse(null));
        }

        ApiResponses.IndicatorName indicatorName() {
            return indicator.map(ApiResponses.IndicatorName::of).orElse(null);
        }

        List<ApiResponses.IndicatorName> indicatorNames() {
            return units.map(UnitValues::indicatorsWorstFirst).orElse(List.of()).stream().map(ApiResponses.IndicatorName::of).toList();
        }

        List<UnitFigures> ofLevel(String level) {
            if (units.isEmpty() || indicator.isEmpty()) {
                return List.of();
            }
            return units.get().units().stream()
                    .filter(unit -> unit.indicatorCode().equals(indicator.get().code()) && unit.level().equals(level)).toList();
        }
    }

    /**
     * Collects the datasets of one answer: its {@code generatedAt} is the oldest of theirs (the figures are at least
     * that fresh), its {@code dataAsOf} the time of the data the viewer sees.
     */
    private final class Answer {
        private final String dataAsOf;
        private Instant generatedAt;

        Answer(Viewer viewer) {
            DatasetCache.Result<Freshness> freshness = datasets.freshness(viewer);
            this.generatedAt = freshness.generatedAt();
            this.dataAsOf = freshness.value().dataAsOf().map(Instant::toString).orElse(null);
        }

        <T> T include(DatasetCache.Result<T> result) {
            if (result.generatedAt().isBefore(generatedAt)) {
                generatedAt = result.generatedAt();
            }
            return result.value();
        }

        String generatedAt() {
            return generatedAt.toString();
        }

        String dataAsOf() {
            return dataAsOf;
        }

        /** The version of the data the other datasets are read for: its time, or "none" while the viewer sees none. */
        Object version() {
            return dataAsOf == null ? "none" : dataAsOf;
        }
    }
}

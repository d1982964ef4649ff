package vn.gov.quangnam.lris.dashboards.api;

import vn.gov.quangnam.lris.dashboards.queries.BreachFigures;
import vn.gov.quangnam.lris.dashboards.queries.Indicator;
import vn.gov.quangnam.lris.dashboards.queries.LevelFigures;
import vn.gov.quangnam.lris.dashboards.queries.ReportingPeriod;
import vn.gov.quangnam.lris.dashboards.queries.UnitFigures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies of the API, one record per endpoint. Every body carries {@code generatedAt} (when its figures were
 * read from Trino) and {@code dataAsOf} (when the transforms computed them; null when the viewer sees no figures);
 * times are ISO-8601 instants, percentages have one decimal.
 */
final class ApiResponses {
    private ApiResponses() {
    }

    record Period(String id, String label, String startDate, String endDate) {
        static Period of(ReportingPeriod period) {
            return period == null ? null
                    : new Period(period.periodId(), period.labelVi(), period.startDate().toString(), period.endDate().toString());
        }
    }

    record IndicatorName(String code, String name, String direction) {
        static IndicatorName of(Indicator indicator) {
            return new IndicatorName(indicator.code(), indicator.nameVi(), indicator.direction());
        }
    }

    record Level(String level, long units, BigDecimal valuePct, BigDecimal targetPct, BigDecimal gapPct, String status,
                 long met, long atRisk, long breached) {
        static Level of(LevelFigures figures) {
            return new Level(figures.level(), figures.units(), Percent.shown(figures.valuePct()), Percent.shown(figures.targetPct()),
                    Percent.shown(figures.gapPct()), figures.status(), figures.met(), figures.atRisk(), figures.breached());
        }
    }

    record IndicatorLevels(String code, String name, String direction, List<Level> levels) {
    }

    record Overview(String generatedAt, String dataAsOf, Period period, Period month, List<IndicatorLevels> indicators) {
    }

    record Unit(String code, String name, String districtName, BigDecimal valuePct, BigDecimal targetPct, BigDecimal gapPct, String status) {
        static Unit of(UnitFigures figures) {
            return new Unit(figures.unitCode(), figures.unitName(), figures.districtName(), Percent.shown(figures.valuePct()), Percent.shown(figures.targetPct()),
                    Percent.shown(figures.gapPct()), figures.status());
        }
    }

    record DistrictMap(String generatedAt, String dataAsOf, Period period, Period month, IndicatorName indicator, List<IndicatorName> indicators,
                       List<Unit> districts, Map<String, String> successors) {
    }

    record Ranking(String generatedAt, String dataAsOf, Period period, Period month, IndicatorName indicator, List<IndicatorName> indicators,
                   List<Unit> districts, List<Unit> communes) {
    }

    /** One indicator's series at one level: the target per year and the value per reporting month (index 0 = month 1). */
    record LevelSeries(Map<String, BigDecimal> targets, Map<String, List<BigDecimal>> values) {
    }

    record IndicatorTrend(String code, String name, String direction, Map<String, LevelSeries> levels) {
    }

    record Trends(String generatedAt, String dataAsOf, Integer year, Integer previousYear, Period month, List<IndicatorTrend> indicators) {
    }

    record Breach(String unitCode, String unitName, String districtName, String level, String indicatorCode, String indicatorName, String periodId,
                  String periodLabel, BigDecimal valuePct, BigDecimal targetPct, BigDecimal gapPct, int consecutivePeriods,
                  String severity, String sourceDocument) {
        static Breach of(BreachFigures figures) {
            return new Breach(figures.unitCode(), figures.unitName(), figures.districtName(), figures.level(), figures.indicatorCode(), figures.indicatorName(),
                    figures.periodId(), figures.periodLabel(), Percent.shown(figures.valuePct()), Percent.shown(figures.targetPct()),
                    Percent.shown(figures.gapPct()), figures.consecutivePeriods(), figures.severity(), figures.sourceDocument());
        }
    }

    record Breaches(String generatedAt, String dataAsOf, long total, List<Breach> breaches) {
    }

    record Freshness(String generatedAt, String dataAsOf) {
    }

    /** The wall's settings and who is logged in. */
    record Session(String user, double rotationSeconds, double refreshSeconds, double staleAfterSeconds) {
    }

    /**
     * Every error: a code for programs, a short Vietnamese message for the wall, the technical detail for the operator,
     * and when the last good figures were read.
     */
    record Error(String error, String message, String detail, String lastSuccessAt) {
        static Error of(String error, String message) {
            return new Error(error, message, null, null);
        }
    }
}

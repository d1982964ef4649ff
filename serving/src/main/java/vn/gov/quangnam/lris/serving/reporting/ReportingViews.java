package vn.gov.quangnam.lris.serving.reporting;

import org.apache.iceberg.Schema;
import vn.gov.quangnam.lris.schema.tables.DimIndicatorsTable;
import vn.gov.quangnam.lris.schema.tables.DimPeriodsTable;
import vn.gov.quangnam.lris.schema.tables.DimUnitsTable;
import vn.gov.quangnam.lris.schema.tables.FctBreachesTable;
import vn.gov.quangnam.lris.schema.tables.FctIndicatorValuesTable;
import vn.gov.quangnam.lris.schema.tables.FctTargetsTable;

import java.util.List;
import java.util.Optional;

import static vn.gov.quangnam.lris.serving.reporting.MartColumns.column;

/**
 * The views of schema {@code reporting}: the mart facts with the names of their indicators (Vietnamese and English),
 * units and periods, for people and BI tools. They are created through Trino ({@link ReportingViewInstaller}): Spark
 * views carry the 'spark' dialect, which Trino cannot read.
 *
 * <p>A fact's unit is shown as it was on the last day of the fact's period for {@code hierarchy = 'as_reported'}, and
 * as it is today for {@code hierarchy = 'current'} (the rows restated to today's units). The unit name is null only
 * for a unit that ended before its period did.
 */
public final class ReportingViews {
    private static final Schema VALUES = FctIndicatorValuesTable.SCHEMA;
    private static final Schema BREACHES = FctBreachesTable.SCHEMA;
    private static final Schema TARGETS = FctTargetsTable.SCHEMA;
    private static final Schema UNITS = DimUnitsTable.SCHEMA;
    private static final Schema PERIODS = DimPeriodsTable.SCHEMA;
    private static final Schema INDICATORS = DimIndicatorsTable.SCHEMA;

    /**
     * The period's columns; its year from the fact's own {@code period_year} (the same value), the fact tables'
     * partition column, so that a filter on {@code year} reads only that year's files.
     */
    private static ReportingViewBuilder periodColumns(ReportingViewBuilder view, String factAlias) {
        return view.select("p.period_type", column(PERIODS, "period_type"))
                .select("p.calendar", column(PERIODS, "calendar"))
                .select(factAlias + ".period_year", column(PERIODS, "year"))
                .select("p.sequence", column(PERIODS, "sequence"))
                .select("p.start_date", column(PERIODS, "start_date"))
                .select("p.end_date", column(PERIODS, "end_date"));
    }

    private static final String UNIT_AS_OF_PERIOD = """
            LEFT JOIN {catalog}.mart.dim_units u
                ON u.unit_code = %1$s.unit_code
                AND CASE WHEN %2$s = 'current' THEN u.valid_to IS NULL
                    ELSE u.valid_from <= p.end_date AND (u.valid_to IS NULL OR u.valid_to >= p.end_date) END""";

    public static final ReportingView INDICATOR_VALUES = indicatorNames(ReportingViewBuilder.view("indicator_values",
                    "Indicator values per unit and period with target, gap and status, with the names of the indicator, "
                            + "the unit (as of the period) and the period"), "v")
            .select("i.direction", column(INDICATORS, "direction"))
            .select("v.unit_code", column(VALUES, "unit_code"))
            .select("u.unit_name", column(UNITS, "unit_name", "unit_name", "Official Vietnamese name of the unit as of the period, e.g. Thành phố Tam Kỳ"))
            .select("u.unit_type", column(UNITS, "unit_type"))
            .select("v.level", column(VALUES, "level"))
            .select("u.parent_code", column(UNITS, "parent_code", "parent_code", "Unit this one belonged to in the period; null for the province"))
            .select("u.district_code", column(UNITS, "district_code", "district_code", "District-level unit this unit belonged to in the period (itself for a district)"))
            .select("v.period_id", column(VALUES, "period_id"))
            .apply(view -> periodColumns(view, "v"))
            .select("p.label_vi", column(PERIODS, "label_vi", "period_label_vi", "Vietnamese label of the period, e.g. Tháng 3/2024"))
            .select("p.label_en", column(PERIODS, "label_en", "period_label_en", "English label of the period, e.g. March 2024"))
            .selectAll("v", List.of(column(VALUES, "hierarchy"), column(VALUES, "numerator"), column(VALUES, "denominator"),
                    column(VALUES, "value_pct"), column(VALUES, "target_pct"), column(VALUES, "gap_pct"), column(VALUES, "status"),
                    column(VALUES, "projected_year_end_pct"), column(VALUES, "computed_at")))
            .from("""
                    FROM {catalog}.mart.fct_indicator_values v
                    LEFT JOIN {catalog}.mart.dim_periods p ON p.period_id = v.period_id
                    LEFT JOIN {catalog}.mart.dim_indicators i ON i.indicator_code = v.indicator_code
                    """ + String.format(UNIT_AS_OF_PERIOD, "v", "v.hierarchy"));

    public static final ReportingView LATEST_INDICATOR_VALUES = latestIndicatorValues();

    public static final ReportingView BREACHES_VIEW = indicatorNames(ReportingViewBuilder.view("breaches",
                    "Targets missed per unit and period, with duration, severity, the target's source document and the names "
                            + "of the indicator, unit and period"), "b")
            .select("b.unit_code", column(BREACHES, "unit_code"))
            .select("u.unit_name", column(UNITS, "unit_name", "unit_name", "Official Vietnamese name of the unit as of the period"))
            .select("u.unit_type", column(UNITS, "unit_type"))
            .select("b.level", column(BREACHES, "level"))
            .select("u.district_code", column(UNITS, "district_code", "district_code", "District-level unit this unit belonged to in the period (itself for a district)"))
            .select("b.period_id", column(BREACHES, "period_id"))
            .apply(view -> periodColumns(view, "b"))
            .select("p.label_vi", column(PERIODS, "label_vi", "period_label_vi", "Vietnamese label of the period"))
            .select("p.label_en", column(PERIODS, "label_en", "period_label_en", "English label of the period"))
            .selectAll("b", List.of(column(BREACHES, "value_pct"), column(BREACHES, "target_pct"), column(BREACHES, "gap_pct"),
                    column(BREACHES, "consecutive_periods"), column(BREACHES, "severity"), column(BREACHES, "source_document")))
            .select("t.source_code", column(TARGETS, "source_code"))
            .select("t.rule", column(TARGETS, "rule", "target_rule", "How the target was derived, e.g. '30 in 2021, +20 points a year, capped at 100'"))
            .select("b.computed_at", column(BREACHES, "computed_at"))
            .from("""
                    FROM {catalog}.mart.fct_breaches b
                    LEFT JOIN {catalog}.mart.dim_periods p ON p.period_id = b.period_id
                    LEFT JOIN {catalog}.mart.dim_indicators i ON i.indicator_code = b.indicator_code
                    LEFT JOIN {catalog}.mart.fct_targets t
                        ON t.indicator_code = b.indicator_code AND t.level = b.level AND t.year = p.year
                    """ + String.format(UNIT_AS_OF_PERIOD, "b", "'as_reported'"));

    public static final ReportingView TARGETS_VIEW = indicatorNames(ReportingViewBuilder.view("targets",
                    "Targets per indicator, level and year with the indicator's names and the document each comes from"), "t")
            .selectAll("t", List.of(column(TARGETS, "level"), column(TARGETS, "year"), column(TARGETS, "target_pct"),
                    column(TARGETS, "direction"), column(TARGETS, "source_code"), column(TARGETS, "source_document"),
                    column(TARGETS, "rule"), column(TARGETS, "seed_reference")))
            .from("""
                    FROM {catalog}.mart.fct_targets t
                    LEFT JOIN {catalog}.mart.dim_indicators i ON i.indicator_code = t.indicator_code
                    """);

    /** In creation order: a view comes after the views it reads. */
    public static final List<ReportingView> ALL = List.of(INDICATOR_VALUES, LATEST_INDICATOR_VALUES, BREACHES_VIEW, TARGETS_VIEW);

    private ReportingViews() {
    }

    public static Optional<ReportingView> find(String name) {
        return ALL.stream().filter(view -> view.name().equals(name)).findFirst();
    }

    private static ReportingViewBuilder indicatorNames(ReportingViewBuilder view, String factAlias) {
        return view
                .select(factAlias + ".indicator_code", column(INDICATORS, "indicator_code", "indicator_code", "Indicator code (dim_indicators)"))
                .select("i.name_vi", column(INDICATORS, "name_vi", "indicator_name_vi", "Vietnamese name of the indicator as used in the province's plans"))
                .select("i.name_en", column(INDICATORS, "name_en", "indicator_name_en", "English name of the indicator"));
    }

    /**
     * The rows of {@link #INDICATOR_VALUES} in the latest period with data of each indicator, period type and calendar,
     * looked for in the last two years with data (current figures; a partition filter, so the view does not read the
     * whole history).
     */
    private static ReportingView latestIndicatorValues() {
        ReportingViewBuilder view = ReportingViewBuilder.view("latest_indicator_values",
                "The latest period with data of every indicator, per period type, calendar and hierarchy: the dashboard's "
                        + "current figures");
        INDICATOR_VALUES.columns().forEach(column -> view.select("iv." + column.name(), column));
        return view.from("""
                FROM {catalog}.reporting.indicator_values iv
                JOIN (
                    SELECT v.indicator_code, p.period_type, p.calendar, v.hierarchy, max(p.end_date) AS latest_end_date,
                           max_by(v.period_year, p.end_date) AS latest_year
                    FROM {catalog}.mart.fct_indicator_values v
                    JOIN {catalog}.mart.dim_periods p ON p.period_id = v.period_id
                    WHERE v.period_year >= (SELECT max(period_year) - 1 FROM {catalog}.mart.fct_indicator_values)
                    GROUP BY v.indicator_code, p.period_type, p.calendar, v.hierarchy
                ) latest
                    ON latest.latest_year = iv.year
                    AND latest.indicator_code = iv.indicator_code
                    AND latest.period_type = iv.period_type
                    AND latest.calendar = iv.calendar
                    AND latest.hierarchy = iv.hierarchy
                    AND latest.latest_end_date = iv.end_date
                """);
    }
}

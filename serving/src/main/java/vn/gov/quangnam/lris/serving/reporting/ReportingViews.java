package vn.gov.quangnam.lris.serving.reporting;

import org.apache.iceberg.Schema;
import vn.gov.quangnam.lris.schema.tables.DimIndicatorsTable;
import vn.gov.quangnam.lris.schema.tables.DimPeriodsTable;
import vn.gov.quangnam.lris.schema.tables.DistrictAccessColumn;
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
    private static final Schema PERIODS = DimPeriodsTable.SCHEMA;
    private static final Schema INDICATORS = DimIndicatorsTable.SCHEMA;

    /**
     * The period's columns as the facts carry them; its year is the fact's {@code period_year}, the fact tables'
     * partition column, so that a filter on {@code year} reads only that year's files.
     */
    private static ReportingViewBuilder periodColumns(ReportingViewBuilder view, String factAlias, Schema fact) {
        return view.select(factAlias + ".period_type", column(fact, "period_type"))
                .select(factAlias + ".calendar", column(fact, "calendar"))
                .select(factAlias + ".period_year", column(PERIODS, "year"))
                .select(factAlias + ".sequence", column(fact, "sequence"))
                .select(factAlias + ".start_date", column(fact, "start_date"))
                .select(factAlias + ".end_date", column(fact, "end_date"))
                .selectAll(factAlias, List.of(column(fact, "period_label_vi"), column(fact, "period_label_en")));
    }

    /**
     * Every view reads one table: the transforms copy the names of indicators, units and periods into the facts
     * (warehouse-schema {@code NameColumns}), because Trino plans a fact joined with its dimensions several times slower
     * than it scans the fact (serving/README.md, benchmark).
     */
    public static final ReportingView INDICATOR_VALUES = indicatorValues("indicator_values",
            "Indicator values per unit and period with target, gap and status, with the names of the indicator, "
                    + "the unit (as of the period) and the period", "mart.fct_indicator_values");

    public static final ReportingView LATEST_INDICATOR_VALUES = indicatorValues("latest_indicator_values",
            "The latest period with data of every indicator, per period type, calendar and hierarchy: the dashboard's "
                    + "current figures", "mart.fct_latest_indicator_values");

    public static final ReportingView BREACHES_VIEW = indicatorNames(ReportingViewBuilder.view("breaches",
                    "Targets missed per unit and period, with duration, severity, the target's source document and the names "
                            + "of the indicator, unit and period"), "b", BREACHES)
            .selectAll("b", List.of(column(BREACHES, "unit_code"), column(BREACHES, "unit_name"), column(BREACHES, "unit_type"),
                    column(BREACHES, "level"), column(BREACHES, "district_code"), column(BREACHES, "period_id")))
            .apply(view -> periodColumns(view, "b", BREACHES))
            .selectAll("b", List.of(column(BREACHES, "value_pct"), column(BREACHES, "target_pct"), column(BREACHES, "gap_pct"),
                    column(BREACHES, "consecutive_periods"), column(BREACHES, "severity"), column(BREACHES, "source_document")))
            .select("b.target_source_code", column(BREACHES, "target_source_code", "source_code", "Short code of the plan or decision the target comes from"))
            .select("b.target_rule", column(BREACHES, "target_rule"))
            .select("b.computed_at", column(BREACHES, "computed_at"))
            .select("b." + DistrictAccessColumn.NAME, column(BREACHES, DistrictAccessColumn.NAME))
            .from("FROM {catalog}.mart.fct_breaches b");

    public static final ReportingView TARGETS_VIEW = ReportingViewBuilder.view("targets",
                    "Targets per indicator, level and year with the indicator's names and the document each comes from")
            .select("t.indicator_code", column(TARGETS, "indicator_code"))
            .select("i.name_vi", column(INDICATORS, "name_vi", "indicator_name_vi", "Vietnamese name of the indicator as used in the province's plans"))
            .select("i.name_en", column(INDICATORS, "name_en", "indicator_name_en", "English name of the indicator"))
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

    private static ReportingViewBuilder indicatorNames(ReportingViewBuilder view, String factAlias, Schema fact) {
        return view.select(factAlias + ".indicator_code", column(fact, "indicator_code"))
                .selectAll(factAlias, List.of(column(fact, "indicator_name_vi"), column(fact, "indicator_name_en")));
    }

    /** A view of a table with the columns of {@code mart.fct_indicator_values}. */
    private static ReportingView indicatorValues(String name, String comment, String table) {
        return indicatorNames(ReportingViewBuilder.view(name, comment), "v", VALUES)
                .selectAll("v", List.of(column(VALUES, "direction"), column(VALUES, "unit_code"), column(VALUES, "unit_name"),
                        column(VALUES, "unit_type"), column(VALUES, "level"), column(VALUES, "parent_code"),
                        column(VALUES, "district_code"), column(VALUES, "period_id")))
                .apply(view -> periodColumns(view, "v", VALUES))
                .selectAll("v", List.of(column(VALUES, "hierarchy"), column(VALUES, "numerator"), column(VALUES, "denominator"),
                        column(VALUES, "value_pct"), column(VALUES, "target_pct"), column(VALUES, "gap_pct"), column(VALUES, "status"),
                        column(VALUES, "projected_year_end_pct"), column(VALUES, "computed_at"),
                        column(VALUES, DistrictAccessColumn.NAME)))
                .from("FROM {catalog}." + table + " v");
    }
}

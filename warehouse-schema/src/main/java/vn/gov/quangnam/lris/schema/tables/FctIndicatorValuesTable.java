package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

import java.util.List;

import static org.apache.iceberg.types.Types.NestedField.optional;
import static org.apache.iceberg.types.Types.NestedField.required;

/** {@code mart.fct_indicator_values}: every indicator per unit and period, against its target. */
public final class FctIndicatorValuesTable {
    public static final TableIdentifier IDENTIFIER = TableIdentifier.of(Namespaces.MART, "fct_indicator_values");

    public static final Schema SCHEMA = new Schema(NameColumns.concat(List.of(
            required(1, "indicator_code", Types.StringType.get(), "Indicator code (dim_indicators)"),
            required(2, "unit_code", Types.StringType.get(), "Unit code (dim_units)"),
            required(3, "period_id", Types.StringType.get(), "Period id (dim_periods)"),
            required(4, "hierarchy", Types.StringType.get(), "as_reported: rolled up along the units valid in the period; current: restated to today's units"),
            required(5, "level", Types.StringType.get(), "province, department, district or commune"),
            required(6, "numerator", Types.LongType.get(), "Numerator count (sum over the units below for higher levels)"),
            required(7, "denominator", Types.LongType.get(), "Denominator count (sum over the units below for higher levels)"),
            optional(8, "value_pct", Types.DecimalType.of(9, 4), "numerator / denominator * 100; null when the denominator is 0"),
            optional(9, "target_pct", Types.DecimalType.of(5, 2), "Target for the unit's level and the period's year (fct_targets)"),
            optional(10, "gap_pct", Types.DecimalType.of(9, 4), "value - target for at_least indicators, target - value for at_most ones: negative means short of the target"),
            required(11, "status", Types.StringType.get(), "met, at_risk, breached or no_data"),
            optional(12, "projected_year_end_pct", Types.DecimalType.of(9, 4), "Value projected to the end of the year from the year-to-date trend"),
            required(13, "computed_at", Types.TimestampType.withZone(), "When the transform computed the row (UTC)"),
            optional(14, "period_year", Types.IntegerType.get(), "Year of the period (dim_periods.year; R2025-01 is in 2025): the table's partition, so a filter on it reads one year's files")),
            NameColumns.indicatorNames(15),
            List.of(optional(17, "direction", Types.StringType.get(), "at_least: higher is better and the target is a floor; at_most: the target is a ceiling")),
            NameColumns.unitAsOfPeriod(18),
            NameColumns.periodAttributes(22),
            List.of(DistrictAccessColumn.field(29))));

    public static final TableDefinition DEFINITION = TableDefinition.of(IDENTIFIER,
            "Indicator values per unit and period with target, gap, status and projection",
            SCHEMA, // by period year: an incremental transform replaces the years it recomputed, whole partitions in one commit
            schema -> PartitionSpec.builderFor(schema).identity("period_year").build());

    private FctIndicatorValuesTable() {
    }
}

package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

import java.util.List;

import static org.apache.iceberg.types.Types.NestedField.optional;
import static org.apache.iceberg.types.Types.NestedField.required;

/** {@code mart.fct_breaches}: each unit that missed a target in a period, with how long it has lasted. */
public final class FctBreachesTable {
    public static final TableIdentifier IDENTIFIER = TableIdentifier.of(Namespaces.MART, "fct_breaches");

    public static final Schema SCHEMA = new Schema(NameColumns.concat(List.of(
            required(1, "indicator_code", Types.StringType.get(), "Indicator code (dim_indicators)"),
            required(2, "unit_code", Types.StringType.get(), "Unit code (dim_units)"),
            required(3, "period_id", Types.StringType.get(), "Period id (dim_periods)"),
            required(4, "level", Types.StringType.get(), "province, department, district or commune"),
            required(5, "value_pct", Types.DecimalType.of(9, 4), "Value reached in the period"),
            required(6, "target_pct", Types.DecimalType.of(5, 2), "Target that was missed"),
            required(7, "gap_pct", Types.DecimalType.of(9, 4), "How far short of the target (negative)"),
            required(8, "consecutive_periods", Types.IntegerType.get(), "Number of consecutive periods of the same type the target has been missed, this one included"),
            required(9, "severity", Types.StringType.get(), "minor, major or critical, by the size of the gap and how long it has lasted"),
            required(10, "source_document", Types.StringType.get(), "The plan or decision the target comes from"),
            required(11, "computed_at", Types.TimestampType.withZone(), "When the transform computed the row (UTC)"),
            optional(12, "period_year", Types.IntegerType.get(), "Year of the period (dim_periods.year): the table's partition")),
            NameColumns.indicatorNames(13),
            NameColumns.unitAsOfPeriod(15),
            NameColumns.periodAttributes(19),
            List.of(optional(26, "target_source_code", Types.StringType.get(), "Short code of the plan or decision the target comes from (fct_targets.source_code)"),
                    optional(27, "target_rule", Types.StringType.get(), "How the target was derived, e.g. '30 in 2021, +20 points a year, capped at 100' (fct_targets.rule)"),
                    DistrictAccessColumn.field(28))));

    public static final TableDefinition DEFINITION = TableDefinition.of(IDENTIFIER,
            "Targets missed per unit and period, with duration, severity and the target's source document",
            SCHEMA, schema -> PartitionSpec.builderFor(schema).identity("period_year").build());

    private FctBreachesTable() {
    }
}

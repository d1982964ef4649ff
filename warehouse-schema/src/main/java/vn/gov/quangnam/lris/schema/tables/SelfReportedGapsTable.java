package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

import static org.apache.iceberg.types.Types.NestedField.optional;
import static org.apache.iceberg.types.Types.NestedField.required;

/**
 * {@code quality.self_reported_gaps}: where a unit both sent a self-reported form and was measured by a system for
 * the same indicator and month, the two figures side by side. The mart uses the system figure (domain.md: keep both
 * and show the gap).
 */
public final class SelfReportedGapsTable {
    public static final TableIdentifier IDENTIFIER = TableIdentifier.of(Namespaces.QUALITY, "self_reported_gaps");

    public static final Schema SCHEMA = new Schema(
            required(1, "indicator_code", Types.StringType.get(), "Indicator code (dim_indicators)"),
            required(2, "unit_code", Types.StringType.get(), "Unit code (dim_units)"),
            required(3, "period_id", Types.StringType.get(), "Month period id (dim_periods), calendar or Decree 09"),
            required(4, "system_numerator", Types.LongType.get(), "Numerator measured by the source systems"),
            required(5, "system_denominator", Types.LongType.get(), "Denominator measured by the source systems"),
            required(6, "reported_numerator", Types.LongType.get(), "Numerator of the unit's self-reported form"),
            required(7, "reported_denominator", Types.LongType.get(), "Denominator of the unit's self-reported form"),
            optional(8, "system_value_pct", Types.DecimalType.of(9, 4), "System rate in percent"),
            optional(9, "reported_value_pct", Types.DecimalType.of(9, 4), "Self-reported rate in percent"),
            optional(10, "gap_pct", Types.DecimalType.of(9, 4), "Self-reported minus system rate, in points: positive means the unit reported better than the systems show"),
            required(11, "computed_at", Types.TimestampType.withZone(), "When the transform computed the row (UTC)"));

    public static final TableDefinition DEFINITION = TableDefinition.of(IDENTIFIER,
            "Self-reported figures next to the system-measured ones for the same unit, indicator and month",
            SCHEMA, TableDefinition::unpartitioned);

    private SelfReportedGapsTable() {
    }
}

package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

import static org.apache.iceberg.types.Types.NestedField.optional;
import static org.apache.iceberg.types.Types.NestedField.required;

/** {@code mart.dim_indicators}: the indicator catalogue (reference/indicators.yaml). */
public final class DimIndicatorsTable {
    public static final TableIdentifier IDENTIFIER = TableIdentifier.of(Namespaces.MART, "dim_indicators");

    public static final Schema SCHEMA = new Schema(
            required(1, "indicator_code", Types.StringType.get(), "Indicator code, e.g. e_processing, digitization, online_payment"),
            required(2, "name_vi", Types.StringType.get(), "Vietnamese name as used in the province's plans"),
            required(3, "name_en", Types.StringType.get(), "English name"),
            required(4, "numerator_definition", Types.StringType.get(), "What is counted in the numerator"),
            required(5, "denominator_definition", Types.StringType.get(), "What is counted in the denominator"),
            required(6, "direction", Types.StringType.get(), "at_least: higher is better and the target is a floor; at_most: the target is a ceiling"),
            required(7, "source_system", Types.StringType.get(), "Where the figures come from: onestop, documents, results or self_reported"),
            required(8, "province_rollup", Types.StringType.get(), "Which units the province-level rate covers: departments or all_units"),
            required(9, "district_rollup", Types.StringType.get(), "Which units a district-level rate covers: own_office or own_office_and_communes"),
            required(10, "seed_reference", Types.StringType.get(), "Source documents (seeds) the indicator comes from"),
            optional(11, "period_aggregation", Types.StringType.get(), "flow: a period sums its months; stock: a period takes the figures of its last day"));

    public static final TableDefinition DEFINITION = TableDefinition.of(IDENTIFIER,
            "Indicators the province is judged on, with their numerator and denominator definitions",
            SCHEMA, TableDefinition::unpartitioned);

    private DimIndicatorsTable() {
    }
}

package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

import static org.apache.iceberg.types.Types.NestedField.required;

/** {@code mart.fct_targets}: the resolved target of every indicator per level and year (reference/targets.yaml). */
public final class FctTargetsTable {
    public static final TableIdentifier IDENTIFIER = TableIdentifier.of(Namespaces.MART, "fct_targets");

    public static final Schema SCHEMA = new Schema(
            required(1, "indicator_code", Types.StringType.get(), "Indicator code (dim_indicators)"),
            required(2, "level", Types.StringType.get(), "province, department, district or commune (department targets are the province-level targets)"),
            required(3, "year", Types.IntegerType.get(), "Year the target applies to"),
            required(4, "target_pct", Types.DecimalType.of(5, 2), "Target in percent"),
            required(5, "direction", Types.StringType.get(), "at_least or at_most"),
            required(6, "source_code", Types.StringType.get(), "Short code of the plan or decision the target comes from"),
            required(7, "source_document", Types.StringType.get(), "The plan or decision the target comes from, as cited in breach reports"),
            required(8, "rule", Types.StringType.get(), "How the value was derived, e.g. 'fixed from 2022' or '30 in 2021, +20 points a year, capped at 100'"),
            required(9, "seed_reference", Types.StringType.get(), "Seed document(s) behind the target"));

    public static final TableDefinition DEFINITION = TableDefinition.of(IDENTIFIER,
            "Targets per indicator, level and year, each with the document it comes from",
            SCHEMA, TableDefinition::unpartitioned);

    private FctTargetsTable() {
    }
}

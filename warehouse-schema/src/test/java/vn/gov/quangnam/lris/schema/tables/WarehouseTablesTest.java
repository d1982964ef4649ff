package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;
import org.junit.jupiter.api.Test;

import static org.apache.iceberg.types.Types.NestedField.optional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarehouseTablesTest {

    @Test
    void theCatalogueHoldsTheContractTablesInTheirLayers() {
        assertThat(WarehouseTables.ALL).extracting(TableDefinition::name).contains("mart.dim_units", "mart.dim_periods",
                "mart.dim_indicators", "mart.fct_targets", "mart.fct_indicator_values", "mart.fct_breaches", "quality.quarantine");
        assertThat(WarehouseTables.ALL).allSatisfy(definition ->
                assertThat(Namespaces.ALL).contains(definition.identifier().namespace()));
    }

    @Test
    void contractColumnsArePresent() {
        assertThat(DimUnitsTable.SCHEMA.columns()).extracting(Types.NestedField::name).contains("unit_code", "unit_name",
                "unit_type", "level", "parent_code", "valid_from", "valid_to");
        assertThat(FctIndicatorValuesTable.SCHEMA.columns()).extracting(Types.NestedField::name).contains("indicator_code",
                "unit_code", "level", "period_id", "hierarchy", "numerator", "denominator", "value_pct", "target_pct",
                "gap_pct", "status", "projected_year_end_pct", "computed_at");
    }

    @Test
    void aDefinitionThatSkipsOrReordersFieldIdsIsRefused() {
        Schema skipping = new Schema(optional(1, "a", Types.StringType.get(), "a"), optional(3, "b", Types.StringType.get(), "b"));
        assertThatThrownBy(() -> TableDefinition.of(TableIdentifier.of("mart", "t"), "t", skipping, TableDefinition::unpartitioned))
                .hasMessage("mart.t: column b has field id 3, expected 2: top-level columns are numbered 1..n in order and a new column is appended with the next id");
    }

    @Test
    void aColumnWithoutACommentIsRefused() {
        Schema undocumented = new Schema(optional(1, "a", Types.StringType.get()));
        assertThatThrownBy(() -> TableDefinition.of(TableIdentifier.of("mart", "t"), "t", undocumented, TableDefinition::unpartitioned))
                .hasMessageContaining("column a has no comment");
    }

    @Test
    void rawTablesTurnDictionaryEncodingOffForTheirUniqueColumns() {
        assertThat(RawOneStopDossiersTable.DEFINITION.properties())
                .containsEntry("write.parquet.dict-encoding-enabled.column.dossier_id", "false")
                .containsEntry("write.parquet.dict-encoding-enabled.column.payload_sha256", "false")
                .doesNotContainKey("write.parquet.dict-encoding-enabled.column.unit_code");
    }

    @Test
    void aColumnPropertyNamingNoColumnIsRefused() {
        Schema schema = new Schema(optional(1, "a", Types.StringType.get(), "a"));
        assertThatThrownBy(() -> TableDefinition.of(TableIdentifier.of("raw", "t"), "t", schema, TableDefinition::unpartitioned,
                TableDefinition.withoutDictionaryEncoding(java.util.List.of("b"))))
                .hasMessage("raw.t: table property write.parquet.dict-encoding-enabled.column.b names no column of the table");
    }
}

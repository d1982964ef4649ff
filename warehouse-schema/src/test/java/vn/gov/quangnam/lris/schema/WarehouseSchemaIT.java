package vn.gov.quangnam.lris.schema;

import org.apache.iceberg.Schema;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.iceberg.types.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.quangnam.lris.localstack.postgres.LocalPostgres;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;
import vn.gov.quangnam.lris.schema.apply.SchemaApplier;
import vn.gov.quangnam.lris.schema.apply.SchemaApplyReport;
import vn.gov.quangnam.lris.schema.apply.TableChange;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;
import vn.gov.quangnam.lris.schema.load.ReferenceRows;
import vn.gov.quangnam.lris.schema.load.ReferenceTableWriter;
import vn.gov.quangnam.lris.schema.reference.ReferenceDataException;
import vn.gov.quangnam.lris.schema.reference.ReferenceFile;
import vn.gov.quangnam.lris.schema.reference.ReferenceFileFixtures;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;
import vn.gov.quangnam.lris.schema.tables.DimUnitsTable;
import vn.gov.quangnam.lris.schema.tables.FctTargetsTable;
import vn.gov.quangnam.lris.schema.tables.RawOneStopDossiersTable;
import vn.gov.quangnam.lris.schema.tables.TableDefinition;
import vn.gov.quangnam.lris.schema.tables.WarehouseTables;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.iceberg.types.Types.NestedField.optional;
import static org.apache.iceberg.types.Types.NestedField.required;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 'schema apply' against a real PostgreSQL (Iceberg JDBC catalog) and a real warehouse directory. */
class WarehouseSchemaIT {
    private static final LocalPostgres POSTGRES = TestPostgres.shared();

    @TempDir
    Path warehouse;

    @Test
    void createsEveryTableAndLoadsTheReferenceData() throws IOException {
        WarehouseCatalogSettings settings = settings("schema_create");
        SchemaApplyReport report = WarehouseSchema.apply(settings, ReferenceFiles.bundled());

        assertThat(report.tableChanges()).extracting(TableChange::kind).containsOnly(TableChange.Kind.CREATED);
        assertThat(report.tableChanges()).hasSize(WarehouseTables.ALL.size());
        try (JdbcCatalog catalog = WarehouseCatalogs.open(settings)) {
            List<Record> units = read(catalog.loadTable(DimUnitsTable.IDENTIFIER));
            assertThat(units).hasSize(report.loadedRows().get("mart.dim_units").intValue());
            assertThat(validOn(units, LocalDate.of(2024, 6, 30), "district")).isEqualTo(18);
            assertThat(validOn(units, LocalDate.of(2024, 6, 30), "commune")).isEqualTo(241);
            assertThat(validOn(units, LocalDate.of(2025, 3, 1), "district")).isEqualTo(17);
            assertThat(validOn(units, LocalDate.of(2025, 3, 1), "commune")).isEqualTo(234);
            assertThat(units).filteredOn(unit -> unit.getField("unit_code").equals("20656"))
                    .extracting(unit -> unit.getField("parent_code") + "/" + unit.getField("district_code"))
                    .containsExactlyInAnyOrder("519/519", "509/509");

            Record target = read(catalog.loadTable(FctTargetsTable.IDENTIFIER)).stream()
                    .filter(row -> row.getField("indicator_code").equals("digitization") && row.getField("level").equals("commune")
                            && row.getField("year").equals(2023))
                    .findFirst().orElseThrow();
            assertThat((BigDecimal) target.getField("target_pct")).isEqualByComparingTo("55");
            assertThat((String) target.getField("source_document")).contains("2370/QĐ-UBND");

            Table units_ = catalog.loadTable(DimUnitsTable.IDENTIFIER);
            assertThat(units_.properties()).containsEntry("comment", DimUnitsTable.DEFINITION.comment())
                    .containsEntry("write.parquet.compression-codec", "zstd");
            assertThat(units_.schema().findField("unit_code").doc()).startsWith("Statistics office code");
            assertThat(catalog.loadTable(RawOneStopDossiersTable.IDENTIFIER).properties())
                    .containsEntry("write.parquet.compression-level", "1")
                    .containsEntry("write.parquet.dict-encoding-enabled.column.payload_sha256", "false");
        }
    }

    @Test
    void applyingAgainChangesNothingAndCreatesNoSnapshot() {
        WarehouseCatalogSettings settings = settings("schema_idempotent");
        WarehouseSchema.apply(settings, ReferenceFiles.bundled());
        Map<String, Long> snapshotsBefore = currentSnapshots(settings);

        SchemaApplyReport second = WarehouseSchema.apply(settings, ReferenceFiles.bundled());

        assertThat(second.tableChanges()).extracting(TableChange::kind).containsOnly(TableChange.Kind.UNCHANGED);
        assertThat(second.replacedReferenceTables()).isEmpty();
        assertThat(currentSnapshots(settings)).isEqualTo(snapshotsBefore);
        assertThat(second.summary()).contains("mart.dim_units: 288 rows (unchanged)");
    }

    @Test
    void aBadReferenceFileChangesNothingInAnExistingWarehouse(@TempDir Path files) {
        WarehouseCatalogSettings settings = settings("schema_bad_existing");
        WarehouseSchema.apply(settings, ReferenceFiles.bundled());
        Map<String, Long> snapshotsBefore = currentSnapshots(settings);
        ReferenceFile duplicate = ReferenceFileFixtures.write(files, "extra.csv",
                ReferenceFileFixtures.UNITS_HEADER + "99999,Xã Mới,Xã,commune,502,2020-01-01,,\n502,Thành phố Tam Kỳ,Thành phố,district,49,2020-01-01,,\n");

        assertThatThrownBy(() -> WarehouseSchema.apply(settings, ReferenceFiles.bundled().withExtraUnitFiles(List.of(files.resolve("extra.csv")))))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining(duplicate.name() + " line 3: duplicate code 502");
        assertThat(currentSnapshots(settings)).isEqualTo(snapshotsBefore);
    }

    @Test
    void aBadReferenceFileCreatesNothingInANewWarehouse(@TempDir Path files) throws Exception {
        WarehouseCatalogSettings settings = settings("schema_bad_new");
        ReferenceFile targets = ReferenceFileFixtures.write(files, "targets.yaml", "sources: []\nrules:\n"
                + "  - {indicator: e_processing, from_year: 2022, at_least: {all: 80}}\n");

        assertThatThrownBy(() -> WarehouseSchema.apply(settings, ReferenceFiles.bundled().withTargetsFile(targets)))
                .hasMessageContaining(targets.name() + " line 3: the target for e_processing has no source");
        try (Connection connection = java.sql.DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             ResultSet tables = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            tables.next();
            assertThat(tables.getInt(1)).as("not even the catalog tables are created").isZero();
        }
    }

    @Test
    void addingAColumnToADefinitionEvolvesTheTableAndKeepsItsData() throws IOException {
        WarehouseCatalogSettings settings = settings("schema_evolve");
        TableIdentifier identifier = TableIdentifier.of("staging", "evolution_probe");
        Schema version1 = new Schema(required(1, "unit_code", Types.StringType.get(), "unit"),
                optional(2, "amount", Types.IntegerType.get(), "amount"));
        Schema version2 = new Schema(required(1, "unit_code", Types.StringType.get(), "unit"),
                optional(2, "amount", Types.LongType.get(), "amount, widened"),
                optional(3, "note", Types.StringType.get(), "a new column"));
        try (JdbcCatalog catalog = WarehouseCatalogs.open(settings)) {
            new SchemaApplier(catalog).apply(List.of(TableDefinition.of(identifier, "probe", version1, TableDefinition::unpartitioned)));
            Map<String, Object> row = new HashMap<>(Map.of("unit_code", "502", "amount", 7));
            ReferenceTableWriter.replace(catalog.loadTable(identifier), ReferenceRows.of(version1, List.of(row), Set.of()));

            List<TableChange> changes = new SchemaApplier(catalog).apply(
                    List.of(TableDefinition.of(identifier, "probe", version2, TableDefinition::unpartitioned)));

            assertThat(changes).singleElement().satisfies(change -> {
                assertThat(change.kind()).isEqualTo(TableChange.Kind.EVOLVED);
                assertThat(change.details()).contains("added column note string", "widened amount from int to long");
            });
            Table table = catalog.loadTable(identifier);
            assertThat(table.schema().findField("note").fieldId()).isEqualTo(3);
            assertThat(read(table)).singleElement().satisfies(record -> {
                assertThat(record.getField("unit_code")).isEqualTo("502");
                assertThat(record.getField("amount")).isEqualTo(7L);
                assertThat(record.getField("note")).isNull();
            });
        }
    }

    @Test
    void aDefinitionThatReordersColumnsIsRefusedWithTheTableNamed() throws IOException {
        WarehouseCatalogSettings settings = settings("schema_reorder");
        TableIdentifier identifier = TableIdentifier.of("staging", "reorder_probe");
        Schema original = new Schema(optional(1, "a", Types.StringType.get(), "a"), optional(2, "b", Types.StringType.get(), "b"));
        Schema swapped = new Schema(optional(1, "b", Types.StringType.get(), "b"), optional(2, "a", Types.StringType.get(), "a"));
        try (JdbcCatalog catalog = WarehouseCatalogs.open(settings)) {
            new SchemaApplier(catalog).apply(List.of(TableDefinition.of(identifier, "probe", original, TableDefinition::unpartitioned)));
            assertThatThrownBy(() -> new SchemaApplier(catalog).apply(
                    List.of(TableDefinition.of(identifier, "probe", swapped, TableDefinition::unpartitioned))))
                    .hasMessageContaining("staging.reorder_probe: column b has field id 2 in the table but 1 in its definition");
        }
    }

    private WarehouseCatalogSettings settings(String database) {
        String url = TestPostgres.createDatabase(database);
        return new WarehouseCatalogSettings("lris", url, POSTGRES.user(), POSTGRES.password(),
                warehouse.resolve(database).toUri().toString(), Map.of());
    }

    private static Map<String, Long> currentSnapshots(WarehouseCatalogSettings settings) {
        Map<String, Long> snapshots = new HashMap<>();
        try (JdbcCatalog catalog = WarehouseCatalogs.open(settings)) {
            for (TableDefinition definition : WarehouseTables.ALL) {
                Snapshot snapshot = catalog.loadTable(definition.identifier()).currentSnapshot();
                snapshots.put(definition.name(), snapshot == null ? -1 : snapshot.snapshotId());
            }
        }
        return snapshots;
    }

    private static List<Record> read(Table table) throws IOException {
        List<Record> records = new ArrayList<>();
        try (CloseableIterable<Record> rows = IcebergGenerics.read(table).build()) {
            rows.forEach(row -> records.add(((GenericRecord) row).copy()));
        }
        return records;
    }

    private static long validOn(List<Record> units, LocalDate day, String level) {
        return units.stream().filter(unit -> unit.getField("level").equals(level))
                .filter(unit -> !day.isBefore((LocalDate) unit.getField("valid_from"))
                        && (unit.getField("valid_to") == null || !day.isAfter((LocalDate) unit.getField("valid_to"))))
                .count();
    }
}

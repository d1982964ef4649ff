package vn.gov.quangnam.lris.serving;

import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.iceberg.types.Types;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.schema.WarehouseSchema;
import vn.gov.quangnam.lris.schema.apply.SchemaApplyReport;
import vn.gov.quangnam.lris.schema.apply.TableChange;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;
import vn.gov.quangnam.lris.schema.tables.FctIndicatorValuesTable;
import vn.gov.quangnam.lris.schema.tables.Namespaces;
import vn.gov.quangnam.lris.schema.tables.TableDefinition;
import vn.gov.quangnam.lris.schema.tables.WarehouseTables;
import vn.gov.quangnam.lris.serving.reporting.ReportingView;
import vn.gov.quangnam.lris.serving.reporting.ReportingViews;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.quangnam.lris.serving.TestServing.ANALYST;
import static vn.gov.quangnam.lris.serving.TestServing.PROVINCE;
import static vn.gov.quangnam.lris.serving.TestServing.SERVICE;
import static vn.gov.quangnam.lris.serving.TestServing.TAM_KY;

/** What a BI tool sees through JDBC metadata: catalogs, schemas, tables, views, columns and their comments. */
class CatalogMetadataIT {

    @Test
    void listsTheCatalogAndThePublishedSchemas() throws SQLException {
        try (Connection connection = connect(PROVINCE)) {
            DatabaseMetaData metadata = connection.getMetaData();
            assertThat(column(metadata.getCatalogs(), "TABLE_CAT")).contains("lris");
            assertThat(column(metadata.getSchemas("lris", null), "TABLE_SCHEM")).containsExactlyInAnyOrder("mart", "reporting");
        }
        try (Connection connection = connect(ANALYST)) {
            assertThat(column(connection.getMetaData().getSchemas("lris", null), "TABLE_SCHEM"))
                    .contains("raw", "staging", "mart", "quality", "reporting");
        }
    }

    /**
     * Trino 476 leaves REMARKS of {@code DatabaseMetaData.getTables} empty (its system.jdbc.tables has no comments); the
     * table comments are in {@code system.metadata.table_comments}, which every account may read, and column comments
     * reach {@code getColumns} REMARKS.
     */
    @Test
    void martTablesCarryTheirCommentsAndColumnComments() throws SQLException {
        Map<String, String> expectedTables = new LinkedHashMap<>();
        for (TableDefinition definition : WarehouseTables.ALL) {
            if (definition.identifier().namespace().equals(Namespaces.MART)) {
                expectedTables.put(definition.identifier().name(), definition.comment());
            }
        }
        try (Connection connection = connect(TAM_KY)) {
            DatabaseMetaData metadata = connection.getMetaData();
            assertThat(column(metadata.getTables("lris", "mart", null, new String[] {"TABLE"}), "TABLE_NAME"))
                    .containsExactlyInAnyOrderElementsOf(expectedTables.keySet());
            assertThat(remarks(connection.createStatement().executeQuery("SELECT table_name, comment AS \"REMARKS\" "
                    + "FROM system.metadata.table_comments WHERE catalog_name = 'lris' AND schema_name = 'mart'"), "table_name"))
                    .isEqualTo(expectedTables);
            Map<String, String> columnRemarks = remarks(metadata.getColumns("lris", "mart", "fct_indicator_values", null), "COLUMN_NAME");
            for (Types.NestedField field : FctIndicatorValuesTable.SCHEMA.columns()) {
                assertThat(columnRemarks).containsEntry(field.name(), field.doc());
            }
        }
    }

    @Test
    void reportingViewsHaveTheDeclaredColumnsTypesAndComments() throws SQLException {
        try (Connection connection = connect(PROVINCE)) {
            DatabaseMetaData metadata = connection.getMetaData();
            assertThat(column(metadata.getTables("lris", ReportingView.SCHEMA, null, new String[] {"VIEW"}), "TABLE_NAME"))
                    .containsExactlyInAnyOrderElementsOf(ReportingViews.ALL.stream().map(ReportingView::name).toList());
            Map<String, String> views = remarks(connection.createStatement().executeQuery("SELECT table_name, comment AS \"REMARKS\" "
                    + "FROM system.metadata.table_comments WHERE catalog_name = 'lris' AND schema_name = 'reporting'"), "table_name");
            for (ReportingView view : ReportingViews.ALL) {
                assertThat(views).containsEntry(view.name(), view.comment());
                List<String> actual = new ArrayList<>();
                try (ResultSet columns = metadata.getColumns("lris", ReportingView.SCHEMA, view.name(), null)) {
                    while (columns.next()) {
                        actual.add(columns.getString("COLUMN_NAME") + " " + columns.getString("TYPE_NAME") + " " + columns.getString("REMARKS"));
                    }
                }
                assertThat(actual).as(view.name()).containsExactlyElementsOf(
                        view.columns().stream().map(column -> column.name() + " " + column.trinoType() + " " + column.comment()).toList());
            }
        }
    }

    @Test
    void showCreateTableShowsTheTableAndColumnComments() {
        String ddl = (String) Sql.single(SERVICE, "SHOW CREATE TABLE lris.mart.fct_indicator_values");
        assertThat(ddl)
                .contains("COMMENT 'Indicator values per unit and period with target, gap, status and projection'")
                .contains("value_pct decimal(9, 4) COMMENT 'numerator / denominator * 100; null when the denominator is 0'");
    }

    @Test
    void viewsMadeThroughTrinoLeaveTheJavaCatalogAndSchemaApplyAsTheyWere() {
        try (JdbcCatalog catalog = WarehouseCatalogs.open(TestServing.warehouse())) {
            assertThat(catalog.listTables(Namespaces.MART)).extracting(TableIdentifier::name)
                    .containsExactlyInAnyOrder("dim_units", "dim_periods", "dim_indicators", "fct_targets", "fct_indicator_values", "fct_latest_indicator_values", "fct_breaches");
            assertThat(catalog.listViews(Namespace.of(ReportingView.SCHEMA))).extracting(TableIdentifier::name)
                    .containsExactlyInAnyOrderElementsOf(ReportingViews.ALL.stream().map(ReportingView::name).toList());
        }
        SchemaApplyReport again = WarehouseSchema.apply(TestServing.warehouse(), ReferenceFiles.bundled());
        assertThat(again.tableChanges()).extracting(TableChange::kind).doesNotContain(TableChange.Kind.CREATED);
        assertThat(Sql.single(PROVINCE, "SELECT count(*) FROM lris.reporting.targets")).isNotEqualTo(0L);
    }

    private static Connection connect(String user) throws SQLException {
        return TestServing.shared().connect(TestServing.account(user));
    }

    private static List<String> column(ResultSet result, String name) throws SQLException {
        try (result) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(name));
            }
            return values;
        }
    }

    private static Map<String, String> remarks(ResultSet result, String nameColumn) throws SQLException {
        try (result) {
            Map<String, String> remarks = new LinkedHashMap<>();
            while (result.next()) {
                remarks.put(result.getString(nameColumn), result.getString("REMARKS"));
            }
            return remarks;
        }
    }
}

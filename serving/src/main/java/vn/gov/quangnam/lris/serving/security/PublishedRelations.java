package vn.gov.quangnam.lris.serving.security;

import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.jdbc.JdbcCatalog;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;
import vn.gov.quangnam.lris.schema.tables.Namespaces;
import vn.gov.quangnam.lris.schema.tables.TableDefinition;
import vn.gov.quangnam.lris.schema.tables.WarehouseTables;
import vn.gov.quangnam.lris.serving.reporting.ReportingView;
import vn.gov.quangnam.lris.serving.reporting.ReportingViews;
import vn.gov.quangnam.lris.serving.reporting.ViewColumn;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What leaders and district accounts may read: the tables of schema {@code mart} and the views of schema
 * {@code reporting}, each with the row filter district accounts get on it ({@link DistrictFilter}: none for the
 * relations without units, such as {@code dim_periods} or {@code fct_targets}, which are readable whole).
 *
 * <p>The mart tables are those the warehouse-schema definitions declare plus those the live catalog holds (with the
 * live table's columns), so a mart table added by a later 'schema apply' is covered at the next start without changing
 * any rule. A relation listed nowhere is not readable by district accounts at all (the rules fail closed).
 *
 * @param martTables mart table name to its district filter
 * @param reportingViews reporting view name to its district filter
 */
public record PublishedRelations(Map<String, DistrictFilter> martTables, Map<String, DistrictFilter> reportingViews) {
    private static final String MART = Namespaces.MART.level(0);

    public PublishedRelations {
        martTables = Map.copyOf(martTables);
        reportingViews = Map.copyOf(reportingViews);
    }

    /** The mart tables of the definitions and of the live catalog, and the reporting views. */
    public static PublishedRelations discover(WarehouseCatalogSettings warehouse) {
        Map<String, DistrictFilter> tables = fromDefinitions();
        try (JdbcCatalog catalog = WarehouseCatalogs.open(warehouse)) {
            if (catalog.namespaceExists(Namespaces.MART)) {
                for (TableIdentifier table : catalog.listTables(Namespaces.MART)) {
                    tables.put(table.name(), DistrictFilter.of(catalog.loadTable(table).schema()));
                }
            }
        }
        return new PublishedRelations(tables, views());
    }

    /** The mart tables of the warehouse-schema definitions only, and the reporting views (for templates and tests). */
    public static PublishedRelations fromDefinitionsOnly() {
        return new PublishedRelations(fromDefinitions(), views());
    }

    private static Map<String, DistrictFilter> fromDefinitions() {
        Map<String, DistrictFilter> tables = new TreeMap<>();
        for (TableDefinition definition : WarehouseTables.ALL) {
            if (definition.identifier().namespace().equals(Namespaces.MART)) {
                tables.put(definition.identifier().name(), DistrictFilter.of(definition.schema()));
            }
        }
        return tables;
    }

    private static Map<String, DistrictFilter> views() {
        Map<String, DistrictFilter> views = new TreeMap<>();
        for (ReportingView view : ReportingViews.ALL) {
            views.put(view.name(), DistrictFilter.of(view.columns().stream().map(ViewColumn::name).toList()));
        }
        return views;
    }

    public List<String> martTables(DistrictFilter filter) {
        return select(martTables, filter::equals);
    }

    public List<String> reportingViews(DistrictFilter filter) {
        return select(reportingViews, filter::equals);
    }

    /** The mart tables with units (filtered for district accounts) or without (readable whole). */
    public List<String> martTables(boolean withUnitCode) {
        return select(martTables, filter -> (filter != DistrictFilter.NONE) == withUnitCode);
    }

    public List<String> reportingViews(boolean withUnitCode) {
        return select(reportingViews, filter -> (filter != DistrictFilter.NONE) == withUnitCode);
    }

    private static List<String> select(Map<String, DistrictFilter> relations, Predicate<DistrictFilter> wanted) {
        return relations.entrySet().stream().filter(entry -> wanted.test(entry.getValue())).map(Map.Entry::getKey).sorted().toList();
    }

    static String schemaName() {
        return MART;
    }
}

package vn.gov.quangnam.lris.schema;

import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.schema.apply.SchemaApplier;
import vn.gov.quangnam.lris.schema.apply.SchemaApplyReport;
import vn.gov.quangnam.lris.schema.apply.TableChange;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;
import vn.gov.quangnam.lris.schema.load.ReferenceRows;
import vn.gov.quangnam.lris.schema.load.ReferenceTableWriter;
import vn.gov.quangnam.lris.schema.load.ReferenceTables;
import vn.gov.quangnam.lris.schema.reference.ReferenceData;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;
import vn.gov.quangnam.lris.schema.tables.WarehouseTables;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 'schema apply': checks the reference files, then creates or evolves every table of {@link WarehouseTables} and
 * loads the units, periods, indicators and targets. Idempotent: a second run with the same files changes nothing.
 * A bad reference file stops it before any table is touched.
 */
public final class WarehouseSchema {
    private static final Logger log = LoggerFactory.getLogger(WarehouseSchema.class);

    private WarehouseSchema() {
    }

    public static SchemaApplyReport apply(WarehouseCatalogSettings settings, ReferenceFiles files) {
        ReferenceData data = ReferenceData.load(files);
        Map<String, ReferenceRows> rows = ReferenceTables.rows(data, OffsetDateTime.now(ZoneOffset.UTC));
        try (JdbcCatalog catalog = WarehouseCatalogs.open(settings)) {
            return apply(catalog, rows);
        }
    }

    static SchemaApplyReport apply(Catalog catalog, Map<String, ReferenceRows> rows) {
        List<TableChange> changes = new SchemaApplier(catalog).apply(WarehouseTables.ALL);
        Map<String, Long> loaded = new LinkedHashMap<>();
        List<String> replaced = new ArrayList<>();
        for (Map.Entry<String, ReferenceRows> table : rows.entrySet()) {
            String name = table.getKey();
            boolean changed = ReferenceTableWriter.replace(
                    catalog.loadTable(WarehouseTables.find(name).orElseThrow().identifier()), table.getValue());
            loaded.put(name, (long) table.getValue().size());
            if (changed) {
                replaced.add(name);
            }
        }
        log.info("schema applied: {} tables, reference tables replaced: {}", changes.size(), replaced);
        return new SchemaApplyReport(changes, loaded, replaced);
    }
}

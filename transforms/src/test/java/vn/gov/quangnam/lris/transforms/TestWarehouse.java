package vn.gov.quangnam.lris.transforms;

import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.iceberg.types.Types;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.gov.quangnam.lris.localstack.postgres.LocalPostgres;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;
import vn.gov.quangnam.lris.schema.WarehouseSchema;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;
import vn.gov.quangnam.lris.schema.load.TableFiles;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;
import vn.gov.quangnam.lris.schema.tables.RawLineage;
import vn.gov.quangnam.lris.transforms.retention.SnapshotRetention;
import vn.gov.quangnam.lris.transforms.spark.SparkSessions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real warehouse for transform tests: a fresh database on the shared test PostgreSQL, the schema applied with the
 * bundled reference data, raw rows appended through Iceberg, and a local[2] Spark session on the same catalog.
 */
public final class TestWarehouse implements AutoCloseable {
    private final WarehouseCatalogSettings settings;
    private final JdbcCatalog catalog;
    private final SparkSession spark;
    private long nextExecution = 1;

    private TestWarehouse(WarehouseCatalogSettings settings) {
        this.settings = settings;
        WarehouseSchema.apply(settings, ReferenceFiles.bundled());
        this.catalog = WarehouseCatalogs.open(settings);
        this.spark = SparkSessions.create(new TransformSettings(settings, "local[2]", Map.of(), SnapshotRetention.DEFAULT_RETENTION), "lris-transform-tests");
    }

    public static TestWarehouse create(String database) {
        LocalPostgres postgres = TestPostgres.shared();
        String url = TestPostgres.createDatabase(database);
        try {
            Path warehouse = Files.createTempDirectory("lris-transform-warehouse");
            return new TestWarehouse(new WarehouseCatalogSettings("lris", url, postgres.user(), postgres.password(),
                    warehouse.toUri().toString(), Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A warehouse on the given catalog and location (e.g. one a benchmark keeps for the serving benchmark). */
    public static TestWarehouse at(WarehouseCatalogSettings settings) {
        return new TestWarehouse(settings);
    }

    public SparkSession spark() {
        return spark;
    }

    public WarehouseCatalogSettings settings() {
        return settings;
    }

    /** Appends rows to a raw table in one commit; lineage columns are filled in, timestamps may be Instants. */
    public void append(TableIdentifier rawTable, List<Map<String, Object>> rows) {
        Table table = catalog.loadTable(rawTable);
        long execution = nextExecution++;
        List<Record> records = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            GenericRecord record = GenericRecord.create(table.schema());
            Map<String, Object> values = new HashMap<>(row);
            values.putIfAbsent(RawLineage.SOURCE_ENDPOINT, "test");
            values.putIfAbsent(RawLineage.JOB_EXECUTION_ID, execution);
            values.putIfAbsent(RawLineage.INGESTED_AT, Instant.now());
            values.putIfAbsent(RawLineage.PAYLOAD_SHA256, "test");
            for (Types.NestedField column : table.schema().columns()) {
                Object value = values.get(column.name());
                record.setField(column.name(), value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
            }
            records.add(record);
        }
        AppendFiles append = table.newAppend();
        TableFiles.write(table, records).forEach(append::appendFile);
        append.commit();
    }

    public List<Row> query(String sql) {
        return spark.sql(sql).collectAsList();
    }

    @Override
    public void close() {
        spark.stop();
        catalog.close();
    }
}

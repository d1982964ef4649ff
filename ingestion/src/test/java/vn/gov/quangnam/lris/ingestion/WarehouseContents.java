package vn.gov.quangnam.lris.ingestion;

import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.io.CloseableIterable;
import vn.gov.quangnam.lris.ingestion.common.RawTableAppender;
import vn.gov.quangnam.lris.ingestion.common.Watermark;
import vn.gov.quangnam.lris.schema.tables.QuarantineTable;
import vn.gov.quangnam.lris.schema.tables.RawLineage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads what the ingestion made visible, as any reader of the warehouse would: the current snapshot of each table. */
public final class WarehouseContents {
    private final Catalog catalog;

    public WarehouseContents(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Every row of the feed's raw table that came from {@code endpoint}. */
    public List<LandedRow> landed(RawFeed feed, String endpoint) {
        List<LandedRow> rows = new ArrayList<>();
        for (Record row : rows(feed.table())) {
            if (endpoint.equals(row.getField(RawLineage.SOURCE_ENDPOINT))) {
                rows.add(new LandedRow(endpoint, (String) row.getField(feed.keyColumn()),
                        ((OffsetDateTime) row.getField("updated_at")).toInstant(),
                        (Long) row.getField(RawLineage.JOB_EXECUTION_ID), row));
            }
        }
        return rows;
    }

    /** The quarantined records of one source (quarantine's {@code source}) and endpoint. */
    public List<QuarantinedRecord> quarantined(String source, String endpoint) {
        return quarantined().stream()
                .filter(record -> record.source().equals(source) && endpoint.equals(record.endpoint()))
                .toList();
    }

    public List<QuarantinedRecord> quarantined() {
        List<QuarantinedRecord> records = new ArrayList<>();
        for (Record row : rows(QuarantineTable.IDENTIFIER)) {
            Long execution = (Long) row.getField("job_execution_id");
            records.add(new QuarantinedRecord((String) row.getField("source"), (String) row.getField("source_endpoint"),
                    (String) row.getField("record_key"), (String) row.getField("reason"),
                    (String) row.getField("raw_payload"), execution == null ? -1 : execution));
        }
        return records;
    }

    public List<Record> rows(TableIdentifier identifier) {
        Table table = catalog.loadTable(identifier);
        List<Record> rows = new ArrayList<>();
        try (CloseableIterable<Record> records = IcebergGenerics.read(table).build()) {
            for (Record record : records) {
                rows.add(record.copy());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + identifier + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** The endpoint's committed watermark in the feed's raw table ({@link Watermark#INITIAL} before its first commit). */
    public Watermark watermark(RawFeed feed, String endpoint) {
        return new RawTableAppender(catalog, feed.table(), feed.quarantineSource()).committedWatermark(endpoint);
    }

    public Map<String, String> properties(TableIdentifier identifier) {
        return catalog.loadTable(identifier).properties();
    }

    public int snapshotCount(TableIdentifier identifier) {
        int count = 0;
        for (var ignored : catalog.loadTable(identifier).snapshots()) {
            count++;
        }
        return count;
    }
}

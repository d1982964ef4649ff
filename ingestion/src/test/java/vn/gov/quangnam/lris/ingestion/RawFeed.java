package vn.gov.quangnam.lris.ingestion;

import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.Record;
import vn.gov.quangnam.lris.ingestion.common.SourceTimestamps;
import vn.gov.quangnam.lris.schema.tables.RawDocumentsTable;
import vn.gov.quangnam.lris.schema.tables.RawOneStopDossiersTable;
import vn.gov.quangnam.lris.schema.tables.RawResultsTable;
import vn.gov.quangnam.lris.schema.tables.RawWorkRecordsTable;
import vn.gov.quangnam.lris.simulator.Source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * Where the records of each simulator source land: the raw table, its key column, the column naming the unit the
 * record counts for, the column holding the truth's business date, and the source name in {@code quality.quarantine}.
 */
public enum RawFeed {
    DOSSIERS(Source.DOSSIERS, RawOneStopDossiersTable.IDENTIFIER, "dossier_id", "unit_code", "received_at", "onestop"),
    DOCUMENTS(Source.DOCUMENTS, RawDocumentsTable.IDENTIFIER, "document_id", "sender_unit_code", "issued_at", "documents"),
    WORK_RECORDS(Source.WORK_RECORDS, RawWorkRecordsTable.IDENTIFIER, "work_record_id", "unit_code", "opened_at", "work_records"),
    RESULTS(Source.RESULTS, RawResultsTable.IDENTIFIER, "result_id", "unit_code", "issued_date", "results");

    private final Source source;
    private final TableIdentifier table;
    private final String keyColumn;
    private final String unitColumn;
    private final String businessDateColumn;
    private final String quarantineSource;

    RawFeed(Source source, TableIdentifier table, String keyColumn, String unitColumn, String businessDateColumn,
            String quarantineSource) {
        this.source = source;
        this.table = table;
        this.keyColumn = keyColumn;
        this.unitColumn = unitColumn;
        this.businessDateColumn = businessDateColumn;
        this.quarantineSource = quarantineSource;
    }

    public static RawFeed of(Source source) {
        return Arrays.stream(values()).filter(feed -> feed.source == source).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("source " + source + " does not land in a keyed raw table"));
    }

    public Source source() {
        return source;
    }

    public TableIdentifier table() {
        return table;
    }

    public String keyColumn() {
        return keyColumn;
    }

    public String quarantineSource() {
        return quarantineSource;
    }

    public String unitCode(Record row) {
        return (String) row.getField(unitColumn);
    }

    /** The business date in Hanoi time: the day a dossier was received, a document issued, ... */
    public LocalDate businessDate(Record row) {
        Object value = row.getField(businessDateColumn);
        return value instanceof OffsetDateTime instant
                ? instant.atZoneSameInstant(SourceTimestamps.DEFAULT_ZONE).toLocalDate()
                : (LocalDate) value;
    }
}

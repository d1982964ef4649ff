package vn.gov.quangnam.lris.ingestion.common;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns a source record into a landed row or a quarantined record. Never throws for a bad record: a bad record is
 * quarantined with its reason and the rest of the page goes on.
 */
public final class SourceRecordProcessor implements ItemProcessor<SourceRecord, ProcessedRecord> {
    private final RecordMapper mapper;
    private final SourceTimestamps timestamps;

    public SourceRecordProcessor(RecordMapper mapper, SourceTimestamps timestamps) {
        this.mapper = mapper;
        this.timestamps = timestamps;
    }

    @Override
    public ProcessedRecord process(SourceRecord record) {
        if (record.json() == null) {
            return new ProcessedRecord.Quarantined(record.endpoint(), null, null,
                    RejectionReason.UNPARSEABLE.code() + ": " + record.parseProblem(), record.payload().text(), record.position());
        }
        String key = SourceText.code(record.json().path(mapper.keyField()).asText(null));
        try {
            RawRow row = mapper.map(new JsonFields(record.json(), timestamps));
            return new ProcessedRecord.Landed(record.endpoint(), key, row.instant(mapper.updatedAtColumn()), row,
                    record.payload().sha256());
        } catch (RecordRejectedException rejected) {
            return new ProcessedRecord.Quarantined(record.endpoint(), key, record.updatedAt(), rejected.describe(),
                    record.payload().text(), record.position());
        }
    }
}

package vn.gov.quangnam.lris.ingestion.common;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** What the processor makes of a source record: a row to land in a raw table, or a record for quarantine. */
public sealed interface ProcessedRecord {

    String endpoint();

    /**
     * A valid record: its key, its {@code ngayCapNhat}, the raw table's row with its business columns set (the
     * writer sets the lineage columns) and the {@link PayloadHash} of the payload as received.
     */
    record Landed(String endpoint, String key, Instant updatedAt, RawRow row, String payloadHash) implements ProcessedRecord {
        public Landed {
            requireNonNull(key, "key is null");
            requireNonNull(updatedAt, "updatedAt is null");
            requireNonNull(row, "row is null");
            requireNonNull(payloadHash, "payloadHash is null");
        }
    }

    /**
     * A rejected record: the source key and {@code ngayCapNhat} when they could be read (the watermark then passes
     * the record, so a later run does not quarantine it again), the reason for a person, the payload as received,
     * and the stream position at which a resumed run meets it again.
     */
    record Quarantined(String endpoint, String key, Instant updatedAt, String reason, String payload, Instant position)
            implements ProcessedRecord {
        public Quarantined {
            requireNonNull(position, "position is null");
        }
    }
}

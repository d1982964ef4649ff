package vn.gov.quangnam.lris.ingestion.common;

import java.time.Instant;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One chunk to make visible: its landed rows and quarantined records, the lineage they share, and the watermark the
 * endpoint reaches once the chunk is committed.
 */
public record LandingChunk(String endpoint, long jobExecutionId, Instant ingestedAt,
                           List<ProcessedRecord.Landed> rows, List<ProcessedRecord.Quarantined> quarantined,
                           Watermark watermark) {
    public LandingChunk {
        requireNonNull(endpoint, "endpoint is null");
        rows = List.copyOf(rows);
        quarantined = List.copyOf(quarantined);
        requireNonNull(watermark, "watermark is null");
    }
}

package vn.gov.quangnam.lris.ingestion.rest;

import com.fasterxml.jackson.databind.JsonNode;
import vn.gov.quangnam.lris.ingestion.common.Payload;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** One page of a paged source: the envelope's counters and its records ({@code duLieu}). */
public record SourcePage(int page, int pageCount, long recordCount, List<ReceivedRecord> records) {
    public SourcePage {
        records = List.copyOf(records);
    }

    /** A record of the page: its {@link Payload} exactly as the source sent it, and its parsed JSON. */
    public record ReceivedRecord(Payload payload, JsonNode json) {
        public ReceivedRecord {
            requireNonNull(payload, "payload is null");
            requireNonNull(json, "json is null");
        }
    }
}

package vn.gov.quangnam.lris.ingestion.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** One page of a paged source: the envelope's counters and its records ({@code duLieu}). */
public record SourcePage(int page, int pageCount, long recordCount, List<ReceivedRecord> records) {
    public SourcePage {
        records = List.copyOf(records);
    }

    /**
     * A record of the page: its text exactly as the source sent it (for the quarantine), its {@link
     * vn.gov.quangnam.lris.ingestion.common.PayloadHash} and its parsed JSON.
     */
    public record ReceivedRecord(String text, String payloadHash, JsonNode json) {
        public ReceivedRecord {
            requireNonNull(text, "text is null");
            requireNonNull(payloadHash, "payloadHash is null");
            requireNonNull(json, "json is null");
        }
    }
}

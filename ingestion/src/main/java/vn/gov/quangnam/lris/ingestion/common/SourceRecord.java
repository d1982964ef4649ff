package vn.gov.quangnam.lris.ingestion.common;

import com.fasterxml.jackson.databind.JsonNode;

import static java.util.Objects.requireNonNull;

/**
 * One record as read from a source, before mapping: the exact text received (kept for quarantine and the payload
 * hash) and the parsed JSON (null when the text could not be parsed; {@code parseProblem} then says why).
 *
 * @param position the query's watermark when the record was read: where a resumed run meets it again
 */
public record SourceRecord(String endpoint, String payload, JsonNode json, String parseProblem, java.time.Instant position) {
    public SourceRecord {
        requireNonNull(endpoint, "endpoint is null");
        requireNonNull(payload, "payload is null");
    }

    public static SourceRecord parsed(String endpoint, String payload, JsonNode json, java.time.Instant position) {
        return new SourceRecord(endpoint, payload, json, null, position);
    }

    public static SourceRecord unparseable(String endpoint, String payload, String problem, java.time.Instant position) {
        return new SourceRecord(endpoint, payload, null, problem, position);
    }

    public String payloadHash() {
        return PayloadHash.of(payload);
    }
}

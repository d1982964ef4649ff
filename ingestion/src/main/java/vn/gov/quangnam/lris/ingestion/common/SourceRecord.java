package vn.gov.quangnam.lris.ingestion.common;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * One record as read from a source, before mapping: the exact text received (kept for quarantine), its {@link
 * PayloadHash} and the parsed JSON (null when the text could not be parsed; {@code parseProblem} then says why).
 *
 * @param updatedAt the record's own {@code ngayCapNhat} (a form row: its file's modification time) when the reader
 *                  could read it, else null; once the record is landed or quarantined, the watermark passes it
 * @param position where a resumed run meets the record again: {@code updatedAt} when known, else the watermark of
 *                 the query that returned it. Quarantine's ledger recognises a record read again by it.
 */
public record SourceRecord(String endpoint, String payload, String payloadHash, JsonNode json, String parseProblem,
                           Instant updatedAt, Instant position) {
    public SourceRecord {
        requireNonNull(endpoint, "endpoint is null");
        requireNonNull(payload, "payload is null");
        requireNonNull(payloadHash, "payloadHash is null");
        requireNonNull(position, "position is null");
    }

    /** A parsed record; {@code updatedAt} null when its {@code ngayCapNhat} cannot be read (the mapper rejects it). */
    public static SourceRecord parsed(String endpoint, String payload, JsonNode json, Instant updatedAt, Instant queriedFrom) {
        return parsed(endpoint, payload, PayloadHash.of(payload), json, updatedAt, queriedFrom);
    }

    /** A parsed record whose hash the reader took already (over the bytes received). */
    public static SourceRecord parsed(String endpoint, String payload, String payloadHash, JsonNode json, Instant updatedAt,
                                      Instant queriedFrom) {
        return new SourceRecord(endpoint, payload, payloadHash, json, null, updatedAt, updatedAt != null ? updatedAt : queriedFrom);
    }

    public static SourceRecord unparseable(String endpoint, String payload, String problem, Instant queriedFrom) {
        return new SourceRecord(endpoint, payload, PayloadHash.of(payload), null, problem, null, queriedFrom);
    }
}

package vn.gov.quangnam.lris.ingestion.common;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * One record as read from a source, before mapping: the {@link Payload} as received (its text kept for quarantine,
 * its hash for the lineage) and the parsed JSON (null when it could not be parsed; {@code parseProblem} then says why).
 *
 * @param updatedAt the record's own {@code ngayCapNhat} (a form row: its file's modification time) when the reader
 *                  could read it, else null; once the record is landed or quarantined, the watermark passes it
 * @param position where a resumed run meets the record again: {@code updatedAt} when known, else the watermark of
 *                 the query that returned it. Quarantine's ledger recognises a record read again by it.
 */
public record SourceRecord(String endpoint, Payload payload, JsonNode json, String parseProblem, Instant updatedAt,
                           Instant position) {
    public SourceRecord {
        requireNonNull(endpoint, "endpoint is null");
        requireNonNull(payload, "payload is null");
        requireNonNull(position, "position is null");
    }

    /** A parsed record; {@code updatedAt} null when its {@code ngayCapNhat} cannot be read (the mapper rejects it). */
    public static SourceRecord parsed(String endpoint, String payload, JsonNode json, Instant updatedAt, Instant queriedFrom) {
        return parsed(endpoint, Payload.ofText(payload), json, updatedAt, queriedFrom);
    }

    /** A parsed record with its payload as received. */
    public static SourceRecord parsed(String endpoint, Payload payload, JsonNode json, Instant updatedAt, Instant queriedFrom) {
        return new SourceRecord(endpoint, payload, json, null, updatedAt, updatedAt != null ? updatedAt : queriedFrom);
    }

    public static SourceRecord unparseable(String endpoint, String payload, String problem, Instant queriedFrom) {
        return unparseable(endpoint, Payload.ofText(payload), problem, queriedFrom);
    }

    public static SourceRecord unparseable(String endpoint, Payload payload, String problem, Instant queriedFrom) {
        return new SourceRecord(endpoint, payload, null, problem, null, queriedFrom);
    }
}

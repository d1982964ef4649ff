package vn.gov.quangnam.lris.ingestion;

import org.apache.iceberg.data.Record;

import java.time.Instant;

/** A row of a raw table: the endpoint it came from, its key and {@code updated_at}, the run that landed it, and all its columns. */
public record LandedRow(String endpoint, String key, Instant updatedAt, long jobExecutionId, Record columns) {

    /** The identity a duplicate would repeat: one version of one record of one endpoint. */
    public String version() {
        return endpoint + "|" + key + "|" + updatedAt;
    }
}

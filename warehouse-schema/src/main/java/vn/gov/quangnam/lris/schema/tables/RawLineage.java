package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.types.Types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apache.iceberg.types.Types.NestedField.required;

/**
 * The lineage columns every raw table ends with: where a record came from, which run landed it, when, and a hash of
 * the payload as received (so a re-sent identical record can be recognised).
 */
public final class RawLineage {
    public static final String SOURCE_ENDPOINT = "source_endpoint";
    public static final String JOB_EXECUTION_ID = "job_execution_id";
    public static final String INGESTED_AT = "ingested_at";
    public static final String PAYLOAD_SHA256 = "payload_sha256";
    static final String COMPRESSION_LEVEL_PROPERTY = "write.parquet.compression-level";

    private RawLineage() {
    }

    /**
     * The raw table's properties: Parquet dictionary encoding off for {@code uniqueColumns} (the record key, instants
     * that hardly repeat) and for the payload hash, whose values are all different; ZSTD at level 1 instead of 3,
     * because the ingestion compresses every landed row once, as it arrives (a tenth of its writing work at level 3).
     */
    public static Map<String, String> properties(String... uniqueColumns) {
        List<String> columns = new ArrayList<>(List.of(uniqueColumns));
        columns.add(PAYLOAD_SHA256);
        Map<String, String> properties = new HashMap<>(TableDefinition.withoutDictionaryEncoding(columns));
        properties.put(COMPRESSION_LEVEL_PROPERTY, "1");
        return properties;
    }

    /** Appends the lineage columns, numbered after the business columns. */
    public static List<Types.NestedField> append(List<Types.NestedField> businessColumns) {
        List<Types.NestedField> columns = new ArrayList<>(businessColumns);
        int next = businessColumns.size() + 1;
        columns.add(required(next, SOURCE_ENDPOINT, Types.StringType.get(), "Configured endpoint the record was read from"));
        columns.add(required(next + 1, JOB_EXECUTION_ID, Types.LongType.get(), "Spring Batch job execution that landed the record"));
        columns.add(required(next + 2, INGESTED_AT, Types.TimestampType.withZone(), "When the record was landed (UTC)"));
        columns.add(required(next + 3, PAYLOAD_SHA256, Types.StringType.get(), "SHA-256 of the record as received"));
        return columns;
    }
}

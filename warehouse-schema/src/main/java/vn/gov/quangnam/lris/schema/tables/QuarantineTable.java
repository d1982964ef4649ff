package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

import static org.apache.iceberg.types.Types.NestedField.optional;
import static org.apache.iceberg.types.Types.NestedField.required;

/** {@code quality.quarantine}: source records that were rejected, with a reason a person understands. */
public final class QuarantineTable {
    public static final TableIdentifier IDENTIFIER = TableIdentifier.of(Namespaces.QUALITY, "quarantine");

    public static final Schema SCHEMA = new Schema(
            required(1, "source", Types.StringType.get(), "Source kind: onestop, documents, work_records, results or report_forms"),
            optional(2, "record_key", Types.StringType.get(), "The record's id in the source when it could be read (maHoSo, maVanBan, file and row, ...)"),
            required(3, "reason", Types.StringType.get(), "Why the record was rejected and what the source must correct"),
            required(4, "raw_payload", Types.StringType.get(), "The record exactly as received"),
            optional(5, "source_endpoint", Types.StringType.get(), "Configured endpoint name the record came from"),
            optional(6, "job_execution_id", Types.LongType.get(), "Spring Batch job execution that read it"),
            required(7, "ingested_at", Types.TimestampType.withZone(), "When it was quarantined (UTC)"));

    public static final TableDefinition DEFINITION = TableDefinition.of(IDENTIFIER,
            "Rejected source records with the reason and the raw payload; nothing is dropped silently",
            SCHEMA, schema -> PartitionSpec.builderFor(schema).day("ingested_at").build());

    private QuarantineTable() {
    }
}

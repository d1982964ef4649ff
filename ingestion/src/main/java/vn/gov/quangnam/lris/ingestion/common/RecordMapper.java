package vn.gov.quangnam.lris.ingestion.common;

/**
 * Maps one source record's fields (Vietnamese contract names) to a raw table's business columns (English names),
 * normalising and validating on the way; throws {@link RecordRejectedException} for a record that breaks the contract.
 */
public interface RecordMapper {

    /** The source kind, as stored in quality.quarantine.source (onestop, documents, work_records, results). */
    String source();

    /** The contract field holding the record's key (maHoSo, maVanBan, ...). */
    String keyField();

    /** The raw table's row with its business columns set; {@link #updatedAtColumn()} must be set. */
    RawRow map(JsonFields fields);

    /** The column that orders the source's records: the incremental watermark ({@code ngayCapNhat} mapped). */
    default String updatedAtColumn() {
        return "updated_at";
    }
}

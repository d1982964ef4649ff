package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

import java.util.List;

import static org.apache.iceberg.types.Types.NestedField.optional;
import static org.apache.iceberg.types.Types.NestedField.required;

/** {@code raw.documents}: documents exchanged between agencies (sources.md §2), every version, with lineage. */
public final class RawDocumentsTable {
    public static final TableIdentifier IDENTIFIER = TableIdentifier.of(Namespaces.RAW, "documents");

    public static final Schema SCHEMA = new Schema(RawLineage.append(List.of(
            required(1, "document_id", Types.StringType.get(), "maVanBan: document id, unique per source endpoint"),
            required(2, "sender_unit_code", Types.StringType.get(), "maDonViGui: sending unit (dim_units)"),
            optional(3, "recipient_unit_code", Types.StringType.get(), "maDonViNhan: receiving unit"),
            optional(4, "reference_number", Types.StringType.get(), "soKyHieu: number and symbol of the document"),
            required(5, "issued_at", Types.TimestampType.withZone(), "ngayBanHanh: issued at (UTC)"),
            required(6, "is_electronic", Types.BooleanType.get(), "laVanBanDienTu: sent electronically without a paper copy"),
            required(7, "is_digitally_signed", Types.BooleanType.get(), "coChuKySo: digitally signed"),
            required(8, "secrecy_level", Types.IntegerType.get(), "doMat: 0 normal, 1-3 secret (excluded from rates)"),
            required(9, "updated_at", Types.TimestampType.withZone(), "ngayCapNhat: last change at (UTC), the incremental watermark"))));

    public static final TableDefinition DEFINITION = TableDefinition.of(IDENTIFIER,
            "Documents between agencies as landed, every version, with lineage", SCHEMA,
            schema -> PartitionSpec.builderFor(schema).month("issued_at").build(),
            RawLineage.properties("document_id", "reference_number", "issued_at", "updated_at"));

    private RawDocumentsTable() {
    }
}

package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

import java.util.List;

import static org.apache.iceberg.types.Types.NestedField.optional;
import static org.apache.iceberg.types.Types.NestedField.required;

/** {@code raw.work_records}: work records (hồ sơ công việc) of the document systems (sources.md §2), with lineage. */
public final class RawWorkRecordsTable {
    public static final TableIdentifier IDENTIFIER = TableIdentifier.of(Namespaces.RAW, "work_records");

    public static final Schema SCHEMA = new Schema(RawLineage.append(List.of(
            required(1, "work_record_id", Types.StringType.get(), "maHoSoCongViec: work record id, unique per source endpoint"),
            required(2, "unit_code", Types.StringType.get(), "maDonVi: unit handling the record (dim_units)"),
            required(3, "opened_at", Types.TimestampType.withZone(), "ngayMo: opened at (UTC)"),
            optional(4, "closed_at", Types.TimestampType.withZone(), "ngayDong: closed at (UTC); null while open"),
            required(5, "is_fully_electronic", Types.BooleanType.get(), "xuLyTrenMoiTruongDienTu: handled fully electronically"),
            required(6, "secrecy_level", Types.IntegerType.get(), "doMat: 0 normal, 1-3 state secret (excluded from rates)"),
            required(7, "updated_at", Types.TimestampType.withZone(), "ngayCapNhat: last change at (UTC), the incremental watermark"))));

    public static final TableDefinition DEFINITION = TableDefinition.of(IDENTIFIER,
            "Work records as landed, every version, with lineage", SCHEMA,
            schema -> PartitionSpec.builderFor(schema).month("opened_at").build(),
            RawLineage.properties("work_record_id", "opened_at", "closed_at", "updated_at"));

    private RawWorkRecordsTable() {
    }
}

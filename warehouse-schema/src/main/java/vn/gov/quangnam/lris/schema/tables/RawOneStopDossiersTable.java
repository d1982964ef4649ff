package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

import java.util.List;

import static org.apache.iceberg.types.Types.NestedField.optional;
import static org.apache.iceberg.types.Types.NestedField.required;

/**
 * {@code raw.onestop_dossiers}: every version of every dossier sent by the one-stop-shop systems (sources.md §1),
 * normalised (UTC instants, NFC text, upper-case codes) but not deduplicated: a dossier that changed state has one
 * row per {@code updated_at}.
 */
public final class RawOneStopDossiersTable {
    public static final TableIdentifier IDENTIFIER = TableIdentifier.of(Namespaces.RAW, "onestop_dossiers");

    public static final Schema SCHEMA = new Schema(RawLineage.append(List.of(
            required(1, "dossier_id", Types.StringType.get(), "maHoSo: dossier id, unique per source endpoint"),
            required(2, "unit_code", Types.StringType.get(), "maDonVi: receiving unit (dim_units)"),
            optional(3, "procedure_code", Types.StringType.get(), "maTTHC: administrative procedure code"),
            optional(4, "procedure_field", Types.StringType.get(), "maLinhVuc: procedure field (land, construction, investment, civil status, ...)"),
            required(5, "channel", Types.IntegerType.get(), "kenhThucHien: 1 in person, 2 online, 3 public postal service"),
            optional(6, "online_service_level", Types.StringType.get(), "mucDoDVC: TOAN_TRINH fully online, MOT_PHAN partly online, null none"),
            required(7, "received_at", Types.TimestampType.withZone(), "ngayTiepNhan: received at (UTC)"),
            optional(8, "promised_at", Types.TimestampType.withZone(), "ngayHenTra: promised return date (UTC)"),
            optional(9, "finished_at", Types.TimestampType.withZone(), "ngayKetThucXuLy: processing finished at (UTC); null while in progress"),
            optional(10, "returned_at", Types.TimestampType.withZone(), "ngayTra: result returned at (UTC)"),
            required(11, "status_code", Types.IntegerType.get(), "trangThaiHoSo: 1 new ... 9 processed, 10 result returned (sources.md)"),
            required(12, "supplement_request_count", Types.IntegerType.get(), "Number of supplement requests (danhSachBoSung)"),
            required(13, "supplement_seconds", Types.LongType.get(), "Time the citizen spent on supplements, summed over completed requests (not the office's delay)"),
            optional(14, "supplement_requests_json", Types.StringType.get(), "danhSachBoSung as received, normalised to UTC instants"),
            required(15, "has_fee", Types.BooleanType.get(), "coLePhi: the procedure carries a fee"),
            optional(16, "fee_vnd", Types.LongType.get(), "soTienLePhi: fee amount in VND"),
            required(17, "online_payment_channel", Types.IntegerType.get(), "duocThanhToanTrucTuyen: 0 not paid online, 1 national portal, 2 province gateway"),
            required(18, "has_digitized_inputs", Types.BooleanType.get(), "hoSoCoThanhPhanSoHoa: the input documents were digitized"),
            required(19, "has_electronic_result", Types.BooleanType.get(), "coKetQuaDienTu: the result was issued electronically"),
            required(20, "is_vneid_authenticated", Types.BooleanType.get(), "taiKhoanDuocXacThucVoiVNeID: applicant authenticated with the national electronic ID"),
            required(21, "has_apology_letter", Types.BooleanType.get(), "coVanBanXinLoi: an apology letter was issued"),
            optional(22, "satisfaction_rating", Types.IntegerType.get(), "danhGiaHaiLong: 1 very unsatisfied ... 5 very satisfied; null when not rated"),
            required(23, "updated_at", Types.TimestampType.withZone(), "ngayCapNhat: last change at (UTC), the incremental watermark"))));

    public static final TableDefinition DEFINITION = TableDefinition.of(IDENTIFIER,
            "One-stop-shop dossiers as landed, every version, with lineage", SCHEMA,
            schema -> PartitionSpec.builderFor(schema).month("received_at").build(),
            RawLineage.properties("dossier_id", "received_at", "finished_at"));

    private RawOneStopDossiersTable() {
    }
}

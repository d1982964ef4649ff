package vn.gov.quangnam.lris.ingestion.onestop;

import com.fasterxml.jackson.databind.JsonNode;
import vn.gov.quangnam.lris.ingestion.common.JsonFields;
import vn.gov.quangnam.lris.ingestion.common.RawRow;
import vn.gov.quangnam.lris.ingestion.common.RecordMapper;
import vn.gov.quangnam.lris.ingestion.common.RecordRejectedException;
import vn.gov.quangnam.lris.ingestion.common.RejectionReason;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;

import java.time.Duration;
import java.time.Instant;
import vn.gov.quangnam.lris.schema.tables.RawOneStopDossiersTable;

/**
 * Maps a one-stop-shop dossier (sources.md §1, the national portal's synchronisation fields) to
 * {@code raw.onestop_dossiers}. Rejects what cannot be true: a unit that does not exist on the received date, an
 * unknown channel or status, a negative fee, a rating outside 1..5, a dossier finished or returned before it was
 * received, a supplement completed before it was requested.
 */
public final class OneStopDossierMapper implements RecordMapper {
    private static final RawRow.Layout LAYOUT = RawRow.layout(RawOneStopDossiersTable.SCHEMA);

    private final UnitResolver units;

    public OneStopDossierMapper(UnitResolver units) {
        this.units = units;
    }

    @Override
    public String source() {
        return "onestop";
    }

    @Override
    public String keyField() {
        return "maHoSo";
    }

    @Override
    public RawRow map(JsonFields fields) {
        RawRow row = LAYOUT.newRow();
        Instant receivedAt = fields.requiredInstant("ngayTiepNhan");
        row.set("dossier_id", fields.requiredCode("maHoSo"));
        row.set("unit_code", units.require("maDonVi", fields.requiredCode("maDonVi"), receivedAt));
        row.set("procedure_code", fields.optionalCode("maTTHC"));
        row.set("procedure_field", fields.optionalText("maLinhVuc"));
        row.set("channel", fields.requiredInt("kenhThucHien", 1, 3));
        row.set("online_service_level", onlineServiceLevel(fields.optionalCode("mucDoDVC")));
        row.set("received_at", receivedAt);
        row.set("promised_at", fields.optionalInstant("ngayHenTra"));
        row.set("finished_at", notBefore("ngayKetThucXuLy", fields.optionalInstant("ngayKetThucXuLy"), receivedAt));
        row.set("returned_at", notBefore("ngayTra", fields.optionalInstant("ngayTra"), receivedAt));
        row.set("status_code", fields.requiredInt("trangThaiHoSo", 1, 10));
        putSupplements(fields, row);
        row.set("has_fee", fields.flag("coLePhi"));
        Long fee = fields.optionalLong("soTienLePhi");
        if (fee != null && fee < 0) {
            throw new RecordRejectedException(RejectionReason.IMPOSSIBLE_NUMBER, "soTienLePhi = " + fee + " is negative");
        }
        row.set("fee_vnd", fee);
        row.set("online_payment_channel", fields.requiredIntOrZero("duocThanhToanTrucTuyen", 0, 2));
        row.set("has_digitized_inputs", fields.flag("hoSoCoThanhPhanSoHoa"));
        row.set("has_electronic_result", fields.flag("coKetQuaDienTu"));
        row.set("is_vneid_authenticated", fields.flag("taiKhoanDuocXacThucVoiVNeID"));
        row.set("has_apology_letter", fields.flag("coVanBanXinLoi"));
        row.set("satisfaction_rating", fields.optionalInt("danhGiaHaiLong", 1, 5));
        row.set("updated_at", fields.requiredInstant("ngayCapNhat"));
        return row;
    }

    private static String onlineServiceLevel(String value) {
        if (value == null || value.equals("TOAN_TRINH") || value.equals("MOT_PHAN")) {
            return value;
        }
        throw new RecordRejectedException(RejectionReason.UNPARSEABLE, "mucDoDVC '" + value + "' is not TOAN_TRINH, MOT_PHAN or null");
    }

    private static Instant notBefore(String field, Instant value, Instant receivedAt) {
        if (value != null && value.isBefore(receivedAt)) {
            throw new RecordRejectedException(RejectionReason.IMPOSSIBLE_NUMBER, field + " " + value
                    + " is before ngayTiepNhan " + receivedAt + ": a dossier cannot finish before it is received");
        }
        return value;
    }

    /** The citizen's time on supplements is not the office's delay (on-time rule, sources.md §1). */
    private static void putSupplements(JsonFields fields, RawRow row) {
        JsonNode requests = fields.node("danhSachBoSung");
        if (requests == null || requests.isNull()) {
            row.set("supplement_request_count", 0);
            row.set("supplement_seconds", 0L);
            row.set("supplement_requests_json", null);
            return;
        }
        if (!requests.isArray()) {
            throw new RecordRejectedException(RejectionReason.UNPARSEABLE, "danhSachBoSung is not a list");
        }
        long seconds = 0;
        StringBuilder normalised = new StringBuilder("[");
        for (JsonNode request : requests) {
            JsonFields supplement = new JsonFields(request, fields.timestamps());
            Instant requestedAt = supplement.requiredInstant("ngayYeuCau");
            Instant completedAt = supplement.optionalInstant("ngayHoanThanh");
            if (completedAt != null) {
                if (completedAt.isBefore(requestedAt)) {
                    throw new RecordRejectedException(RejectionReason.IMPOSSIBLE_NUMBER, "danhSachBoSung: ngayHoanThanh "
                            + completedAt + " is before ngayYeuCau " + requestedAt);
                }
                seconds += Duration.between(requestedAt, completedAt).toSeconds();
            }
            normalised.append(normalised.length() > 1 ? "," : "")
                    .append("{\"requested_at\":\"").append(requestedAt).append("\",\"completed_at\":")
                    .append(completedAt == null ? "null" : "\"" + completedAt + "\"").append('}');
        }
        row.set("supplement_request_count", requests.size());
        row.set("supplement_seconds", seconds);
        row.set("supplement_requests_json", normalised.append(']').toString());
    }
}

package vn.gov.quangnam.lris.ingestion.documents;

import vn.gov.quangnam.lris.ingestion.common.JsonFields;
import vn.gov.quangnam.lris.ingestion.common.RecordMapper;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps a document exchanged between agencies (sources.md §2) to {@code raw.documents}. The sender must be a unit of
 * the province on the issue date; the recipient may be outside the province (a ministry) and is kept as sent.
 */
public final class DocumentMapper implements RecordMapper {
    private final UnitResolver units;

    public DocumentMapper(UnitResolver units) {
        this.units = units;
    }

    @Override
    public String source() {
        return "documents";
    }

    @Override
    public String keyField() {
        return "maVanBan";
    }

    @Override
    public Map<String, Object> map(JsonFields fields) {
        Map<String, Object> row = new HashMap<>();
        Instant issuedAt = fields.requiredInstant("ngayBanHanh");
        row.put("document_id", fields.requiredCode("maVanBan"));
        row.put("sender_unit_code", units.require("maDonViGui", fields.requiredCode("maDonViGui"), issuedAt));
        row.put("recipient_unit_code", fields.optionalCode("maDonViNhan"));
        row.put("reference_number", fields.optionalText("soKyHieu"));
        row.put("issued_at", issuedAt);
        row.put("is_electronic", fields.flag("laVanBanDienTu"));
        row.put("is_digitally_signed", fields.flag("coChuKySo"));
        row.put("secrecy_level", fields.requiredIntOrZero("doMat", 0, 3));
        row.put("updated_at", fields.requiredInstant("ngayCapNhat"));
        return row;
    }
}

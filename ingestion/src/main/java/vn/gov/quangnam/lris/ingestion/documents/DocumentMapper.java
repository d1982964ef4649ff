package vn.gov.quangnam.lris.ingestion.documents;

import vn.gov.quangnam.lris.ingestion.common.JsonFields;
import vn.gov.quangnam.lris.ingestion.common.RawRow;
import vn.gov.quangnam.lris.ingestion.common.RecordMapper;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;

import java.time.Instant;
import vn.gov.quangnam.lris.schema.tables.RawDocumentsTable;

/**
 * Maps a document exchanged between agencies (sources.md §2) to {@code raw.documents}. The sender must be a unit of
 * the province on the issue date; the recipient may be outside the province (a ministry) and is kept as sent.
 */
public final class DocumentMapper implements RecordMapper {
    private static final RawRow.Layout LAYOUT = RawRow.layout(RawDocumentsTable.SCHEMA);

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
    public RawRow map(JsonFields fields) {
        RawRow row = LAYOUT.newRow();
        Instant issuedAt = fields.requiredInstant("ngayBanHanh");
        row.set("document_id", fields.requiredCode("maVanBan"));
        row.set("sender_unit_code", units.require("maDonViGui", fields.requiredCode("maDonViGui"), issuedAt));
        row.set("recipient_unit_code", fields.optionalCode("maDonViNhan"));
        row.set("reference_number", fields.optionalText("soKyHieu"));
        row.set("issued_at", issuedAt);
        row.set("is_electronic", fields.flag("laVanBanDienTu"));
        row.set("is_digitally_signed", fields.flag("coChuKySo"));
        row.set("secrecy_level", fields.requiredIntOrZero("doMat", 0, 3));
        row.set("updated_at", fields.requiredInstant("ngayCapNhat"));
        return row;
    }
}

package vn.gov.quangnam.lris.ingestion.documents;

import vn.gov.quangnam.lris.ingestion.common.JsonFields;
import vn.gov.quangnam.lris.ingestion.common.RawRow;
import vn.gov.quangnam.lris.ingestion.common.RecordMapper;
import vn.gov.quangnam.lris.ingestion.common.RecordRejectedException;
import vn.gov.quangnam.lris.ingestion.common.RejectionReason;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;

import java.time.Instant;
import vn.gov.quangnam.lris.schema.tables.RawWorkRecordsTable;

/** Maps a work record (hồ sơ công việc, sources.md §2) to {@code raw.work_records}; closed before opened is impossible. */
public final class WorkRecordMapper implements RecordMapper {
    private static final RawRow.Layout LAYOUT = RawRow.layout(RawWorkRecordsTable.SCHEMA);

    private final UnitResolver units;

    public WorkRecordMapper(UnitResolver units) {
        this.units = units;
    }

    @Override
    public String source() {
        return "work_records";
    }

    @Override
    public String keyField() {
        return "maHoSoCongViec";
    }

    @Override
    public RawRow map(JsonFields fields) {
        RawRow row = LAYOUT.newRow();
        Instant openedAt = fields.requiredInstant("ngayMo");
        Instant closedAt = fields.optionalInstant("ngayDong");
        if (closedAt != null && closedAt.isBefore(openedAt)) {
            throw new RecordRejectedException(RejectionReason.IMPOSSIBLE_NUMBER, "ngayDong " + closedAt + " is before ngayMo " + openedAt);
        }
        row.set("work_record_id", fields.requiredCode("maHoSoCongViec"));
        row.set("unit_code", units.require("maDonVi", fields.requiredCode("maDonVi"), openedAt));
        row.set("opened_at", openedAt);
        row.set("closed_at", closedAt);
        row.set("is_fully_electronic", fields.flag("xuLyTrenMoiTruongDienTu"));
        row.set("secrecy_level", fields.requiredIntOrZero("doMat", 0, 3));
        row.set("updated_at", fields.requiredInstant("ngayCapNhat"));
        return row;
    }
}

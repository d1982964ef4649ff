package vn.gov.quangnam.lris.ingestion.documents;

import vn.gov.quangnam.lris.ingestion.common.JsonFields;
import vn.gov.quangnam.lris.ingestion.common.RecordMapper;
import vn.gov.quangnam.lris.ingestion.common.RecordRejectedException;
import vn.gov.quangnam.lris.ingestion.common.RejectionReason;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Maps a work record (hồ sơ công việc, sources.md §2) to {@code raw.work_records}; closed before opened is impossible. */
public final class WorkRecordMapper implements RecordMapper {
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
    public Map<String, Object> map(JsonFields fields) {
        Map<String, Object> row = new HashMap<>();
        Instant openedAt = fields.requiredInstant("ngayMo");
        Instant closedAt = fields.optionalInstant("ngayDong");
        if (closedAt != null && closedAt.isBefore(openedAt)) {
            throw new RecordRejectedException(RejectionReason.IMPOSSIBLE_NUMBER, "ngayDong " + closedAt + " is before ngayMo " + openedAt);
        }
        row.put("work_record_id", fields.requiredCode("maHoSoCongViec"));
        row.put("unit_code", units.require("maDonVi", fields.requiredCode("maDonVi"), openedAt));
        row.put("opened_at", openedAt);
        row.put("closed_at", closedAt);
        row.put("is_fully_electronic", fields.flag("xuLyTrenMoiTruongDienTu"));
        row.put("secrecy_level", fields.requiredIntOrZero("doMat", 0, 3));
        row.put("updated_at", fields.requiredInstant("ngayCapNhat"));
        return row;
    }
}

package vn.gov.quangnam.lris.simulator.documents;

import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.generation.FaultDates;
import vn.gov.quangnam.lris.simulator.generation.GenerationContext;
import vn.gov.quangnam.lris.simulator.generation.RecordWriter;
import vn.gov.quangnam.lris.simulator.generation.SimulatedRecord;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * A work record (hồ sơ công việc, docs/sources.md section 2): written when opened ({@code ngayDong} null) and again
 * when closed. {@code closedAt} 0: still open.
 */
public record WorkRecord(String key, String unitCode, LocalDate businessDate, long openedAt, long closedAt,
                         boolean handledElectronically, int secrecy, int updateLagSeconds,
                         FaultKind fault) implements SimulatedRecord {
    public WorkRecord {
        requireNonNull(key, "key is null");
        requireNonNull(unitCode, "unitCode is null");
    }

    @Override
    public int versionCount() {
        return closedAt == 0 ? 1 : 2;
    }

    @Override
    public long versionTime(int version) {
        return switch (version) {
            case 0 -> openedAt + updateLagSeconds;
            case 1 -> closedAt + updateLagSeconds;
            default -> throw new IllegalArgumentException("work record " + key + " has no version " + version);
        };
    }

    @Override
    public void write(RecordWriter out, int version, long updatedAt) {
        out.plain("maHoSoCongViec", key);
        out.unitCode("maDonVi", unitCode);
        out.timestamp("ngayMo", openedAt);
        boolean closed = version >= 1 || fault == FaultKind.DATES_OUT_OF_ORDER;
        out.timestamp("ngayDong", closed ? closedAt : RecordWriter.NO_TIME);
        out.number("xuLyTrenMoiTruongDienTu", handledElectronically ? 1 : 0);
        out.number("doMat", secrecy);
        out.timestamp("ngayCapNhat", updatedAt);
    }

    @Override
    public SimulatedRecord withFault(FaultKind kind) {
        return switch (kind) {
            case UNKNOWN_UNIT -> copy(GenerationContext.unknownUnitCode(key), openedAt, closedAt, secrecy, kind);
            case FUTURE_DATE, DATE_BEFORE_2000 -> {
                long shift = FaultDates.shiftSeconds(kind, businessDate);
                yield copy(unitCode, openedAt + shift, FaultDates.shift(closedAt, shift), secrecy, kind);
            }
            case NEGATIVE_NUMBER -> copy(unitCode, openedAt, closedAt, -1, kind);
            case NUMBER_OUT_OF_RANGE -> copy(unitCode, openedAt, closedAt, 7, kind);
            case DATES_OUT_OF_ORDER -> copy(unitCode, openedAt, openedAt - 3 * 86_400, secrecy, kind);
            default -> this;
        };
    }

    @Override
    public String unparseableField() {
        return "ngayMo";
    }

    private WorkRecord copy(String unit, long opened, long closed, int secrecyLevel, FaultKind appliedFault) {
        return new WorkRecord(key, unit, businessDate, opened, closed, handledElectronically, secrecyLevel,
                updateLagSeconds, appliedFault);
    }
}

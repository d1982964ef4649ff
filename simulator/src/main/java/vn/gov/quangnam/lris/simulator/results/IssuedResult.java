package vn.gov.quangnam.lris.simulator.results;

import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.generation.FaultDates;
import vn.gov.quangnam.lris.simulator.generation.GenerationContext;
import vn.gov.quangnam.lris.simulator.generation.RecordWriter;
import vn.gov.quangnam.lris.simulator.generation.SimulatedRecord;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * An issued procedure result in the results register (docs/sources.md section 3). Written when issued; written
 * again when digitized later ({@code ngaySoHoa} set). {@code validUntil} null: valid indefinitely;
 * {@code digitizedAt} 0: not digitized.
 */
public record IssuedResult(String key, String unitCode, LocalDate businessDate, String procedureCode, long issuedAt,
                           LocalDate validUntil, long digitizedAt, int updateLagSeconds,
                           FaultKind fault) implements SimulatedRecord {
    public IssuedResult {
        requireNonNull(key, "key is null");
        requireNonNull(unitCode, "unitCode is null");
    }

    /** Digitized within the issuing version (same moment or before its update), so one version only. */
    private boolean digitizedAtIssue() {
        return digitizedAt != 0 && digitizedAt <= issuedAt + updateLagSeconds;
    }

    @Override
    public int versionCount() {
        return digitizedAt == 0 || digitizedAtIssue() ? 1 : 2;
    }

    @Override
    public long versionTime(int version) {
        return switch (version) {
            case 0 -> issuedAt + updateLagSeconds;
            case 1 -> digitizedAt + updateLagSeconds;
            default -> throw new IllegalArgumentException("result " + key + " has no version " + version);
        };
    }

    /** The digitization instant visible at {@code version}, or {@link RecordWriter#NO_TIME}. */
    public long digitizedAtVersion(int version) {
        boolean visible = digitizedAt != 0
                && (version >= 1 || digitizedAtIssue() || fault == FaultKind.DATES_OUT_OF_ORDER);
        return visible ? digitizedAt : RecordWriter.NO_TIME;
    }

    @Override
    public void write(RecordWriter out, int version, long updatedAt) {
        out.plain("maKetQua", key);
        out.unitCode("maDonVi", unitCode);
        out.plain("maTTHC", procedureCode);
        out.timestamp("ngayCap", issuedAt);
        out.date("hieuLucDen", validUntil);
        out.timestamp("ngaySoHoa", digitizedAtVersion(version));
        out.timestamp("ngayCapNhat", updatedAt);
    }

    @Override
    public SimulatedRecord withFault(FaultKind kind) {
        return switch (kind) {
            case UNKNOWN_UNIT -> new IssuedResult(key, GenerationContext.unknownUnitCode(key), businessDate,
                    procedureCode, issuedAt, validUntil, digitizedAt, updateLagSeconds, kind);
            case FUTURE_DATE, DATE_BEFORE_2000 -> {
                long shift = FaultDates.shiftSeconds(kind, businessDate);
                yield new IssuedResult(key, unitCode, businessDate, procedureCode, issuedAt + shift,
                        FaultDates.shift(validUntil, shift), FaultDates.shift(digitizedAt, shift), updateLagSeconds, kind);
            }
            case DATES_OUT_OF_ORDER -> new IssuedResult(key, unitCode, businessDate, procedureCode, issuedAt,
                    validUntil, issuedAt - 30 * 86_400, updateLagSeconds, kind);
            default -> this;
        };
    }

    @Override
    public String unparseableField() {
        return "ngayCap";
    }
}

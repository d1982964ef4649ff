package vn.gov.quangnam.lris.simulator.documents;

import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.generation.FaultDates;
import vn.gov.quangnam.lris.simulator.generation.GenerationContext;
import vn.gov.quangnam.lris.simulator.generation.RecordWriter;
import vn.gov.quangnam.lris.simulator.generation.SimulatedRecord;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * A document sent between agencies (docs/sources.md section 2): one version, written shortly after it is issued.
 * {@code secrecy} 0 is normal, 1-3 are secret levels (excluded from the rates).
 */
public record Document(String key, String senderCode, String recipientCode, LocalDate businessDate,
                       String referenceNumber, long issuedAt, boolean electronic, boolean signed, int secrecy,
                       int updateLagSeconds) implements SimulatedRecord {
    public Document {
        requireNonNull(key, "key is null");
        requireNonNull(senderCode, "senderCode is null");
        requireNonNull(recipientCode, "recipientCode is null");
    }

    @Override
    public String unitCode() {
        return senderCode;
    }

    @Override
    public int versionCount() {
        return 1;
    }

    @Override
    public long versionTime(int version) {
        if (version != 0) {
            throw new IllegalArgumentException("document " + key + " has one version, not " + version);
        }
        return issuedAt + updateLagSeconds;
    }

    @Override
    public void write(RecordWriter out, int version, long updatedAt) {
        out.plain("maVanBan", key);
        out.unitCode("maDonViGui", senderCode);
        out.unitCode("maDonViNhan", recipientCode);
        out.plain("soKyHieu", referenceNumber);
        out.timestamp("ngayBanHanh", issuedAt);
        out.number("laVanBanDienTu", electronic ? 1 : 0);
        out.number("coChuKySo", signed ? 1 : 0);
        out.number("doMat", secrecy);
        out.timestamp("ngayCapNhat", updatedAt);
    }

    @Override
    public SimulatedRecord withFault(FaultKind kind) {
        return switch (kind) {
            case UNKNOWN_UNIT -> new Document(key, GenerationContext.unknownUnitCode(key), recipientCode, businessDate,
                    referenceNumber, issuedAt, electronic, signed, secrecy, updateLagSeconds);
            case FUTURE_DATE, DATE_BEFORE_2000 -> new Document(key, senderCode, recipientCode, businessDate,
                    referenceNumber, issuedAt + FaultDates.shiftSeconds(kind, businessDate), electronic, signed,
                    secrecy, updateLagSeconds);
            case NEGATIVE_NUMBER -> withSecrecy(-1);
            case NUMBER_OUT_OF_RANGE -> withSecrecy(7);
            default -> this;
        };
    }

    @Override
    public String unparseableField() {
        return "ngayBanHanh";
    }

    private Document withSecrecy(int level) {
        return new Document(key, senderCode, recipientCode, businessDate, referenceNumber, issuedAt, electronic, signed,
                level, updateLagSeconds);
    }
}

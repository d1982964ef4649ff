package vn.gov.quangnam.lris.simulator.onestop;

import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.generation.FaultDates;
import vn.gov.quangnam.lris.simulator.generation.GenerationContext;
import vn.gov.quangnam.lris.simulator.generation.RecordWriter;
import vn.gov.quangnam.lris.simulator.generation.SimulatedRecord;

import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A one-stop-shop dossier over its life (docs/sources.md section 1). It is written when received (state 4,
 * processing), again when processing finishes (9 processed, or 3 not accepted, 7 withdrawn, 8 stopped) and again
 * when the result is returned (10), each time with a later {@code ngayCapNhat}; when the result is returned at the
 * moment processing finishes, the second version is already state 10. Instants are epoch seconds; 0 = not (yet).
 */
public record Dossier(String key, String unitCode, LocalDate businessDate, String procedureCode, String field,
                      int channel, String onlineLevel, long receivedAt, long promisedAt, long finishedAt,
                      long returnedAt, int finalStatus, List<SupplementRequest> supplements, boolean hasFee,
                      long feeVnd, int onlinePayment, boolean digitizedInputs, boolean electronicResult,
                      boolean authenticated, boolean apologyLetter, int rating, int updateLagSeconds,
                      FaultKind fault) implements SimulatedRecord {
    public static final int PROCESSING = 4;
    public static final int NOT_ACCEPTED = 3;
    public static final int WITHDRAWN = 7;
    public static final int STOPPED = 8;
    public static final int PROCESSED = 9;
    public static final int RETURNED = 10;

    public Dossier {
        requireNonNull(key, "key is null");
        requireNonNull(unitCode, "unitCode is null");
        supplements = List.copyOf(supplements);
    }

    /** Whether the dossier is late under the national rule: finish minus the citizen's supplement time after the
     *  promised date, or more than one supplement request. Unfinished dossiers are judged by the period's end. */
    public boolean isLate() {
        if (finishedAt == 0) {
            return false;
        }
        long citizenSeconds = supplements.stream().mapToLong(SupplementRequest::citizenSeconds).sum();
        return finishedAt - citizenSeconds > promisedAt || supplements.size() > 1;
    }

    @Override
    public int versionCount() {
        if (finishedAt == 0) {
            return 1;
        }
        return returnedAt != 0 && returnedAt != finishedAt ? 3 : 2;
    }

    @Override
    public long versionTime(int version) {
        long changedAt = switch (version) {
            case 0 -> receivedAt;
            case 1 -> finishedAt;
            case 2 -> returnedAt;
            default -> throw new IllegalArgumentException("dossier " + key + " has no version " + version);
        };
        return changedAt + updateLagSeconds;
    }

    @Override
    public void write(RecordWriter out, int version, long updatedAt) {
        boolean finished = version >= 1;
        boolean returned = returnedAt != 0 && version >= (returnedAt == finishedAt ? 1 : 2);
        out.plain("maHoSo", key);
        out.unitCode("maDonVi", unitCode);
        out.plain("maTTHC", procedureCode);
        out.text("maLinhVuc", field);
        out.number("kenhThucHien", channel);
        if (onlineLevel == null) {
            out.nullValue("mucDoDVC");
        } else {
            out.plain("mucDoDVC", onlineLevel);
        }
        out.timestamp("ngayTiepNhan", receivedAt);
        out.timestamp("ngayHenTra", promisedAt);
        out.timestamp("ngayKetThucXuLy", finished ? finishedAt : RecordWriter.NO_TIME);
        out.timestamp("ngayTra", returned || fault == FaultKind.DATES_OUT_OF_ORDER ? returnedAt : RecordWriter.NO_TIME);
        out.number("trangThaiHoSo", status(version));
        out.startArray("danhSachBoSung");
        if (finished) {
            for (SupplementRequest supplement : supplements) {
                out.startObject();
                out.timestamp("ngayYeuCau", supplement.requestedAt());
                out.timestamp("ngayHoanThanh", supplement.completedAt());
                out.endObject();
            }
        }
        out.endArray();
        out.number("coLePhi", hasFee ? 1 : 0);
        out.number("soTienLePhi", feeVnd);
        out.number("duocThanhToanTrucTuyen", onlinePayment);
        out.number("hoSoCoThanhPhanSoHoa", digitizedInputs ? 1 : 0);
        out.number("coKetQuaDienTu", finished && electronicResult ? 1 : 0);
        out.number("taiKhoanDuocXacThucVoiVNeID", authenticated ? 1 : 0);
        out.number("coVanBanXinLoi", finished && apologyLetter ? 1 : 0);
        if (rating != 0 && (returned || fault == FaultKind.NUMBER_OUT_OF_RANGE)) {
            out.number("danhGiaHaiLong", rating);
        } else {
            out.nullValue("danhGiaHaiLong");
        }
        out.timestamp("ngayCapNhat", updatedAt);
    }

    private int status(int version) {
        if (version == 0) {
            return PROCESSING;
        }
        if (version == 2 || finalStatus != PROCESSED) {
            return version == 2 ? RETURNED : finalStatus;
        }
        return returnedAt == finishedAt ? RETURNED : PROCESSED;
    }

    @Override
    public SimulatedRecord withFault(FaultKind kind) {
        return switch (kind) {
            case UNKNOWN_UNIT -> copy(GenerationContext.unknownUnitCode(key), receivedAt, promisedAt, finishedAt,
                    returnedAt, supplements, hasFee, feeVnd, rating, kind);
            case FUTURE_DATE, DATE_BEFORE_2000 -> {
                long shift = FaultDates.shiftSeconds(kind, businessDate);
                yield copy(unitCode, receivedAt + shift, promisedAt + shift, FaultDates.shift(finishedAt, shift),
                        FaultDates.shift(returnedAt, shift),
                        supplements.stream().map(supplement -> supplement.shifted(shift)).toList(),
                        hasFee, feeVnd, rating, kind);
            }
            case NEGATIVE_NUMBER -> copy(unitCode, receivedAt, promisedAt, finishedAt, returnedAt, supplements, true,
                    -(feeVnd > 0 ? feeVnd : 50_000), rating, kind);
            case NUMBER_OUT_OF_RANGE -> copy(unitCode, receivedAt, promisedAt, finishedAt, returnedAt, supplements,
                    hasFee, feeVnd, 7, kind);
            case DATES_OUT_OF_ORDER -> copy(unitCode, receivedAt, promisedAt, finishedAt, receivedAt - 2 * 86_400,
                    supplements, hasFee, feeVnd, rating, kind);
            default -> this;
        };
    }

    @Override
    public String unparseableField() {
        return "ngayTiepNhan";
    }

    private Dossier copy(String unit, long received, long promised, long finished, long returned,
                         List<SupplementRequest> supplementRequests, boolean fee, long amount, int ratingGiven,
                         FaultKind appliedFault) {
        return new Dossier(key, unit, businessDate, procedureCode, field, channel, onlineLevel, received, promised,
                finished, returned, finalStatus, supplementRequests, fee, amount, onlinePayment, digitizedInputs,
                electronicResult, authenticated, apologyLetter, ratingGiven, updateLagSeconds, appliedFault);
    }
}

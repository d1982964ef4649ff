package vn.gov.quangnam.lris.simulator.generation;

import static java.util.Objects.requireNonNull;

/**
 * An administrative procedure (thủ tục hành chính): its code ({@code maTTHC}), field ({@code maLinhVuc}), the working
 * days within which the result is promised, the online service it is offered as ({@code TOAN_TRINH}, {@code MOT_PHAN}
 * or null), its fee in VND (0: none), whether it issues a result for the register, and for how many years such a
 * result stays valid (0: indefinitely).
 */
public record Procedure(String code, String field, int promisedWorkingDays, String onlineLevel, long feeVnd,
                        boolean issuesResult, int resultValidYears) {
    public static final String FULLY_ONLINE = "TOAN_TRINH";
    public static final String PARTLY_ONLINE = "MOT_PHAN";

    public Procedure {
        requireNonNull(code, "code is null");
        requireNonNull(field, "field is null");
        if (promisedWorkingDays < 0 || feeVnd < 0 || resultValidYears < 0) {
            throw new IllegalArgumentException("procedure " + code + ": days, fee and validity must not be negative");
        }
    }

    public boolean hasFee() {
        return feeVnd > 0;
    }

    public boolean offeredOnline() {
        return onlineLevel != null;
    }
}

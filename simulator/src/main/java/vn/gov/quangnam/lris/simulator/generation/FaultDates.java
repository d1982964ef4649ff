package vn.gov.quangnam.lris.simulator.generation;

import vn.gov.quangnam.lris.simulator.faults.FaultKind;

import java.time.LocalDate;

/** How far the date faults move a record's dates: 20 years into the future, or back into 1999. */
public final class FaultDates {
    public static final int FUTURE_YEARS = 20;
    public static final int PAST_YEAR = 1999;

    private FaultDates() {
    }

    /** The shift in seconds that {@code kind} applies to a record whose business date is {@code businessDate}. */
    public static long shiftSeconds(FaultKind kind, LocalDate businessDate) {
        LocalDate target = switch (kind) {
            case FUTURE_DATE -> businessDate.plusYears(FUTURE_YEARS);
            case DATE_BEFORE_2000 -> businessDate.withYear(PAST_YEAR);
            default -> throw new IllegalArgumentException(kind.code() + " does not move dates");
        };
        return SimulatorTime.startOfDay(target) - SimulatorTime.startOfDay(businessDate);
    }

    public static long shift(long epochSecond, long seconds) {
        return epochSecond == RecordWriter.NO_TIME || epochSecond == 0 ? epochSecond : epochSecond + seconds;
    }

    public static LocalDate shift(LocalDate date, long seconds) {
        return date == null ? null : date.plusDays(Math.floorDiv(seconds, 86_400));
    }
}

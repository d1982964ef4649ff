package vn.gov.quangnam.lris.simulator.faults;

/**
 * The reason category for which a correct ingestion must quarantine a bad record or form (the {@code reason} of the
 * truth's bad records).
 */
public enum QuarantineReason {
    /** The unit code is not a unit valid on the record's date. */
    UNKNOWN_UNIT("unknown_unit"),
    /** A date in the future (20 years after the simulator's clock) or before 2000. */
    DATE_OUT_OF_RANGE("date_out_of_range"),
    /** A number or a date order that cannot be true: negative fee, rating 7, secret level 7, returned before received,
     *  numerator above denominator. */
    IMPOSSIBLE_NUMBER("impossible_number"),
    /** A field that cannot be parsed as its type (garbage in a date field). */
    UNPARSEABLE("unparseable"),
    /** A form for a unit and month that was already received. */
    DUPLICATE_FORM("duplicate_form");

    private final String code;

    QuarantineReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

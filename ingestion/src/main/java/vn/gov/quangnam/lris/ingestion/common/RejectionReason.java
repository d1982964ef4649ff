package vn.gov.quangnam.lris.ingestion.common;

import java.util.Locale;

/**
 * Why a source record was quarantined. The category is stable (tests and reconciliation count by it); the message
 * given with it tells a person what is wrong and what the source must correct.
 */
public enum RejectionReason {
    /** The record could not be read at all (not JSON, a field of the wrong type, a date that is not a date). */
    UNPARSEABLE,
    /** A required field is missing or empty. */
    MISSING_FIELD,
    /** The unit code is not a unit of the province on the record's date. */
    UNKNOWN_UNIT,
    /** A date before 2000 or in the future. */
    DATE_OUT_OF_RANGE,
    /** A number that cannot be true: negative amounts, ratings outside 1..5, numerator above denominator, events out of order. */
    IMPOSSIBLE_NUMBER,
    /** The same self-reported form was sent again with the same content. */
    DUPLICATE_FORM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

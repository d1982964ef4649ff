package vn.gov.quangnam.lris.ingestion.common;

import static java.util.Objects.requireNonNull;

/** A source record breaks the contract; the record goes to quarantine with this reason, the rest goes on. */
public class RecordRejectedException extends RuntimeException {
    private final RejectionReason reason;

    public RecordRejectedException(RejectionReason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason is null");
    }

    public RejectionReason reason() {
        return reason;
    }

    /** The text stored in quality.quarantine.reason: the category, then what is wrong. */
    public String describe() {
        return reason.code() + ": " + getMessage();
    }
}

package vn.gov.quangnam.lris.serving.reporting;

/** A reporting view could not be created; the message has the statement and Trino's answer. */
public class ReportingViewException extends RuntimeException {
    public ReportingViewException(String message, Throwable cause) {
        super(message, cause);
    }
}

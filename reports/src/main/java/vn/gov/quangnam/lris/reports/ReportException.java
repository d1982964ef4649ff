package vn.gov.quangnam.lris.reports;

/** A breach report cannot be produced or delivered; the message says what, where and what to do. */
public class ReportException extends RuntimeException {
    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}

package vn.gov.quangnam.lris.localstack;

/** A server of the embedded stack could not be installed, started or stopped; the message says what to do. */
public class LocalStackException extends RuntimeException {
    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}

package vn.gov.quangnam.lris.ingestion.rest;

/**
 * A source stayed unreachable or kept answering errors after every retry. The job fails with this message; the
 * watermark stays where it was, so the next run resumes there. Other sources are not affected.
 */
public class SourceUnavailableException extends RuntimeException {
    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

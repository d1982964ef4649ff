package vn.gov.quangnam.lris.dashboards.api;

import java.time.Instant;
import java.util.Optional;

/**
 * A dataset could not be read from Trino: the wall must say so rather than show old figures as if they were fresh.
 * Carries when the last good result was read, if there was one.
 */
public final class DatasetUnavailableException extends RuntimeException {
    private final Instant failedAt;
    private final Instant lastSuccessAt;

    DatasetUnavailableException(String message, Throwable cause, Instant failedAt, Instant lastSuccessAt) {
        super(message, cause);
        this.failedAt = failedAt;
        this.lastSuccessAt = lastSuccessAt;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public Optional<Instant> lastSuccessAt() {
        return Optional.ofNullable(lastSuccessAt);
    }
}

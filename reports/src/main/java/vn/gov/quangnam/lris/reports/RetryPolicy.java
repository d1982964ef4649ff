package vn.gov.quangnam.lris.reports;

import java.time.Duration;

/**
 * How a delivery run retries a message the SMTP server did not accept: up to {@code attempts} tries, waiting
 * {@code initialBackoff}, then twice as long each time, never more than {@code maxBackoff}. After the last try the
 * message is marked {@code failed} with the error; the next delivery run tries it again.
 * Defaults ({@link #DEFAULT}): 4 attempts, 2 s initial backoff, 60 s at most.
 */
public record RetryPolicy(int attempts, Duration initialBackoff, Duration maxBackoff) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(60));

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("retry attempts must be at least 1, got " + attempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("retry backoff must satisfy 0 <= initial (" + initialBackoff
                    + ") <= max (" + maxBackoff + ")");
        }
    }

    /** The wait before try {@code attempt + 1}, after {@code attempt} failed tries (1-based). */
    public Duration backoffAfter(int attempt) {
        Duration backoff = initialBackoff;
        for (int i = 1; i < attempt && backoff.compareTo(maxBackoff) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}

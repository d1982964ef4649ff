package vn.gov.quangnam.lris.simulator.faults;

import vn.gov.quangnam.lris.simulator.Source;

import java.time.Duration;

import static java.util.Objects.requireNonNull;

/**
 * One fault to inject into an endpoint's source (or every source of the endpoint when {@code source} is null).
 *
 * <ul>
 *   <li>{@link FaultCategory#REQUEST} faults hit each distinct request (same path, {@code capNhatTu}, {@code trang},
 *       {@code soLuong}) {@code times} times, then let it succeed; with {@code page} only requests for that page;
 *       with {@code down} every request fails (token requests too) until the rule is cleared. {@code delay} is how
 *       long a {@code timeout} holds the response, {@code retryAfterSeconds} the Retry-After of 429 and 503.</li>
 *   <li>{@link FaultCategory#PAGE} faults alter a {@code share} of the pages (or only {@code page}).</li>
 *   <li>Record and form faults alter a deterministic {@code share} of the records (forms: files) of the source.</li>
 * </ul>
 * Defaults: times 1, share 0.05 (1.0 for page faults), delay 30 s, Retry-After 1 s.
 */
public record FaultRule(String endpoint, Source source, FaultKind kind, Integer page, int times, boolean down,
                        double share, Duration delay, int retryAfterSeconds) {
    public static final double DEFAULT_RECORD_SHARE = 0.05;
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(30);

    public FaultRule {
        requireNonNull(endpoint, "endpoint is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(delay, "delay is null");
        String where = "fault " + kind.code() + " on " + endpoint + (source == null ? "" : "/" + source.code());
        if (page != null && page < 1) {
            throw new IllegalArgumentException(where + ": page must be 1 or more (pages are 1-based), got " + page);
        }
        if (page != null && kind.category() != FaultCategory.REQUEST && kind.category() != FaultCategory.PAGE) {
            throw new IllegalArgumentException(where + ": page applies to request and page faults only");
        }
        if (times < 1) {
            throw new IllegalArgumentException(where + ": times must be 1 or more, got " + times);
        }
        if (down && kind != FaultKind.HTTP_429 && kind != FaultKind.HTTP_500 && kind != FaultKind.HTTP_503
                && kind != FaultKind.TIMEOUT) {
            throw new IllegalArgumentException(where + ": down works with http_429, http_500, http_503 or timeout");
        }
        if (kind.category() != FaultCategory.REQUEST && !(share > 0 && share <= 1)) {
            throw new IllegalArgumentException(where + ": share must be in (0, 1], got " + share);
        }
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException(where + ": delay must be positive, got " + delay);
        }
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException(where + ": retryAfterSeconds must not be negative, got " + retryAfterSeconds);
        }
    }

    /** A rule with the defaults of its category; refine it with the {@code with...} methods. */
    public static FaultRule of(String endpoint, Source source, FaultKind kind) {
        double share = kind.category() == FaultCategory.PAGE ? 1.0 : DEFAULT_RECORD_SHARE;
        return new FaultRule(endpoint, source, kind, null, 1, false, share, DEFAULT_DELAY, 1);
    }

    /** Every request to the endpoint fails with {@code kind} (http_429, http_500, http_503 or timeout) until cleared. */
    public static FaultRule down(String endpoint, FaultKind kind) {
        return of(endpoint, null, kind).asDown();
    }

    public FaultRule onPage(int pageNumber) {
        return new FaultRule(endpoint, source, kind, pageNumber, times, down, share, delay, retryAfterSeconds);
    }

    public FaultRule times(int count) {
        return new FaultRule(endpoint, source, kind, page, count, down, share, delay, retryAfterSeconds);
    }

    public FaultRule asDown() {
        return new FaultRule(endpoint, source, kind, page, times, true, share, delay, retryAfterSeconds);
    }

    public FaultRule share(double value) {
        return new FaultRule(endpoint, source, kind, page, times, down, value, delay, retryAfterSeconds);
    }

    public FaultRule delay(Duration value) {
        return new FaultRule(endpoint, source, kind, page, times, down, share, value, retryAfterSeconds);
    }

    public FaultRule retryAfterSeconds(int seconds) {
        return new FaultRule(endpoint, source, kind, page, times, down, share, delay, seconds);
    }

    public boolean matches(String endpointName, Source requestSource) {
        return endpoint.equals(endpointName) && (source == null || source == requestSource);
    }

    public String describe() {
        return kind.code() + " on " + endpoint + (source == null ? "" : "/" + source.code());
    }
}

package vn.gov.quangnam.lris.ingestion.rest;

import java.net.URI;
import java.time.Duration;

import static java.util.Objects.requireNonNull;

/**
 * A REST source endpoint: base URL, client credentials for its token service, page size and the retry policy.
 *
 * @param name the configured endpoint name, e.g. {@code tamky}; it appears in lineage, watermarks and error messages
 * @param baseUrl e.g. {@code https://motcua.tamky.quangnam.gov.vn}; resources are under {@code /api/v1/}
 * @param pageSize records per page ({@code soLuong})
 * @param requestTimeout how long one request may take before it counts as a failed attempt
 * @param maxAttempts attempts per page before the job fails (transient errors: 429, 5xx, timeouts, broken JSON)
 * @param initialBackoff wait after the first failed attempt; doubles each time, capped at 30 s
 */
public record RestEndpoint(String name, URI baseUrl, String clientId, String clientSecret, int pageSize,
                           Duration requestTimeout, int maxAttempts, Duration initialBackoff) {
    public RestEndpoint {
        requireNonNull(name, "name is null");
        requireNonNull(baseUrl, "baseUrl is null");
        requireNonNull(clientId, "clientId is null");
        requireNonNull(clientSecret, "clientSecret is null");
        if (pageSize < 1 || pageSize > 5000) {
            throw new IllegalArgumentException("endpoint " + name + ": page size must be 1..5000, was " + pageSize);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("endpoint " + name + ": max attempts must be at least 1");
        }
    }

    URI resource(String path) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/v1/" + path);
    }

    @Override
    public String toString() {
        return "RestEndpoint[" + name + " " + baseUrl + "]";
    }
}

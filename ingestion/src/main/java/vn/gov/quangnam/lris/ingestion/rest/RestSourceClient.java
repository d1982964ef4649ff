package vn.gov.quangnam.lris.ingestion.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads pages of a REST source (sources.md §1-3) with a bearer token, surviving what real sources do: HTTP 429
 * (honouring Retry-After), 500 and 503, timeouts, truncated or invalid JSON and an empty page in the middle are
 * retried with exponential backoff; an expired token is renewed once per request. A 400 or a wrong password is not
 * retried: it is a configuration error and the message says so.
 */
public final class RestSourceClient {
    private static final Logger log = LoggerFactory.getLogger(RestSourceClient.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestEndpoint endpoint;
    private final HttpClient http;
    private final Sleeper sleeper;
    private String token;

    /** How the client waits between attempts (a real sleep in production). */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public RestSourceClient(RestEndpoint endpoint) {
        this(endpoint, duration -> Thread.sleep(duration.toMillis()));
    }

    RestSourceClient(RestEndpoint endpoint, Sleeper sleeper) {
        this.endpoint = endpoint;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder()
                .connectTimeout(endpoint.requestTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public RestEndpoint endpoint() {
        return endpoint;
    }

    /** Fetches {@code trang=page} of {@code resource} changed since {@code updatedFrom} (inclusive). */
    public SourcePage fetch(String resource, Instant updatedFrom, int page) {
        URI uri = URI.create(endpoint.resource(resource) + "?capNhatTu="
                + URLEncoder.encode(updatedFrom.atOffset(ZoneOffset.UTC).toString(), StandardCharsets.UTF_8)
                + "&trang=" + page + "&soLuong=" + endpoint.pageSize());
        Duration backoff = endpoint.initialBackoff();
        String lastProblem = null;
        boolean tokenRenewed = false;
        for (int attempt = 1; attempt <= endpoint.maxAttempts(); attempt++) {
            Optional<Duration> retryAfter = Optional.empty();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                        .timeout(endpoint.requestTimeout())
                        .header("Authorization", "Bearer " + token())
                        .header("Accept", "application/json")
                        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status == 200) {
                    Optional<SourcePage> parsed = parsePage(response.body(), page);
                    if (parsed.isPresent()) {
                        return parsed.get();
                    }
                    lastProblem = problemOf(response.body(), page);
                } else if (status == 401 && !tokenRenewed) {
                    token = null;
                    tokenRenewed = true;
                    attempt--; // an expired token is renewed, not counted as a failed attempt
                    continue;
                } else if (status == 429 || status >= 500) {
                    lastProblem = "HTTP " + status;
                    retryAfter = response.headers().firstValue("Retry-After").flatMap(RestSourceClient::seconds);
                } else {
                    throw new SourceUnavailableException(String.format("source %s: %s returned HTTP %d (%s); this is not "
                                    + "a passing fault: check the endpoint's URL and credentials in the configuration",
                            endpoint.name(), uri, status, abbreviate(response.body())), null);
                }
            } catch (HttpTimeoutException e) {
                lastProblem = "no answer within " + endpoint.requestTimeout().toSeconds() + " s";
            } catch (IOException e) {
                lastProblem = "connection failed (" + e.getMessage() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceUnavailableException("source " + endpoint.name() + ": interrupted while reading page " + page, e);
            }
            if (attempt < endpoint.maxAttempts()) {
                Duration wait = retryAfter.filter(after -> after.compareTo(MAX_BACKOFF) <= 0).orElse(backoff);
                log.warn("source {}: page {} of {} failed ({}), attempt {} of {}; retrying in {} ms", endpoint.name(), page,
                        resource, lastProblem, attempt, endpoint.maxAttempts(), wait.toMillis());
                pause(wait);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        throw new SourceUnavailableException(String.format("source %s: page %d of %s returned %s after %d tries; "
                        + "the watermark stays at %s; the next run resumes there",
                endpoint.name(), page, resource, lastProblem, endpoint.maxAttempts(), updatedFrom), null);
    }

    private Optional<SourcePage> parsePage(String body, int page) {
        JsonNode envelope;
        try {
            envelope = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        JsonNode records = envelope == null ? null : envelope.get("duLieu");
        if (records == null || !records.isArray() || !envelope.path("tongSoTrang").canConvertToInt()) {
            return Optional.empty();
        }
        int pageCount = envelope.path("tongSoTrang").asInt();
        if (records.isEmpty() && page < pageCount) {
            return Optional.empty(); // an empty page in the middle: the source is mid-update, ask again
        }
        List<JsonNode> items = new ArrayList<>(records.size());
        records.forEach(items::add);
        return Optional.of(new SourcePage(envelope.path("trang").asInt(page), pageCount, envelope.path("tongSoBanGhi").asLong(), items));
    }

    private static String problemOf(String body, int page) {
        try {
            JsonNode envelope = JSON.readTree(body);
            return envelope != null && envelope.path("duLieu").isArray()
                    ? "an empty page " + page + " in the middle of " + envelope.path("tongSoTrang").asInt() + " pages"
                    : "a JSON answer without the paging envelope (trang, tongSoTrang, duLieu)";
        } catch (JsonProcessingException e) {
            return "truncated or invalid JSON (" + e.getOriginalMessage() + ")";
        }
    }

    private String token() throws IOException, InterruptedException {
        if (token != null) {
            return token;
        }
        String form = "client_id=" + URLEncoder.encode(endpoint.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(endpoint.clientSecret(), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint.resource("token"))
                .timeout(endpoint.requestTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new SourceUnavailableException("source " + endpoint.name() + ": the token service refused client id '"
                    + endpoint.clientId() + "' (HTTP " + response.statusCode() + "); check the endpoint's credentials", null);
        }
        if (response.statusCode() != 200) {
            throw new IOException("token service answered HTTP " + response.statusCode());
        }
        JsonNode body = JSON.readTree(response.body());
        String accessToken = body.path("access_token").asText("");
        if (accessToken.isEmpty()) {
            throw new IOException("token service answered without access_token");
        }
        token = accessToken;
        return token;
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException("source " + endpoint.name() + ": interrupted while waiting to retry", e);
        }
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }
}

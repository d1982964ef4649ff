package vn.gov.quangnam.lris.ingestion.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.ingestion.common.Payload;

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
 * (honouring Retry-After), 500 and 503, timeouts, truncated or invalid JSON and an empty page that the envelope
 * says holds records ({@code trang <= tongSoTrang}) are retried with exponential backoff; an expired token is renewed once per request. A 400 or a wrong password is not
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

    /** Fetches {@code trang=page} of {@code resource} changed since {@code updatedFrom} (inclusive), in pages of the endpoint's size. */
    public SourcePage fetch(String resource, Instant updatedFrom, int page) {
        return fetch(resource, updatedFrom, page, endpoint.pageSize());
    }

    /** Fetches {@code trang=page} of {@code resource} changed since {@code updatedFrom} (inclusive), {@code pageSize} records a page. */
    public SourcePage fetch(String resource, Instant updatedFrom, int page, int pageSize) {
        URI uri = URI.create(endpoint.resource(resource) + "?capNhatTu="
                + URLEncoder.encode(updatedFrom.atOffset(ZoneOffset.UTC).toString(), StandardCharsets.UTF_8)
                + "&trang=" + page + "&soLuong=" + pageSize);
        Duration backoff = endpoint.initialBackoff();
        String lastProblem = null;
        boolean tokenRenewed = false;
        for (int attempt = 1; attempt <= endpoint.maxAttempts(); attempt++) {
            Optional<Duration> retryAfter = Optional.empty();
            try {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri)
                        .timeout(endpoint.requestTimeout())
                        .header("Authorization", "Bearer " + token())
                        .header("Accept", "application/json")
                        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
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
                            endpoint.name(), uri, status, abbreviate(new String(response.body(), StandardCharsets.UTF_8))), null);
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
        throw new SourceUnavailableException(String.format("source %s: page %d of %s (changed since %s) returned %s after %d tries",
                endpoint.name(), page, resource, updatedFrom, lastProblem, endpoint.maxAttempts()), null);
    }

    /**
     * Reads the envelope and the records in one pass over the bytes received, keeping each record's text exactly as
     * sent (a slice of the body: no second serialisation). Empty when the page must be asked for again: not JSON,
     * truncated, without the envelope, or an empty page the counters say holds records.
     */
    private static Optional<SourcePage> parsePage(byte[] body, int page) {
        Integer pageNumber = null;
        Integer pageCount = null;
        long recordCount = 0;
        List<SourcePage.ReceivedRecord> records = null;
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "trang" -> pageNumber = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
                    case "tongSoTrang" -> pageCount = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
                    case "tongSoBanGhi" -> recordCount = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : 0;
                    case "duLieu" -> records = value == JsonToken.START_ARRAY ? records(parser, body) : skip(parser);
                    default -> parser.skipChildren();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        if (records == null || pageCount == null) {
            return Optional.empty();
        }
        if (records.isEmpty() && page <= pageCount) {
            return Optional.empty(); // an empty page the envelope says has records (the last one too): ask again
        }
        return Optional.of(new SourcePage(pageNumber == null ? page : pageNumber, pageCount, recordCount, records));
    }

    private static List<SourcePage.ReceivedRecord> records(JsonParser parser, byte[] body) throws IOException {
        List<SourcePage.ReceivedRecord> records = new ArrayList<>();
        ArrayFieldMap.Shape shape = new ArrayFieldMap.Shape();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            long start = parser.currentTokenLocation().getByteOffset();
            JsonNode json = token == JsonToken.START_OBJECT ? object(parser, shape) : JSON.readTree(parser);
            if (json == null) {
                json = NullNode.getInstance();
            }
            long end = parser.currentLocation().getByteOffset();
            if (start >= 0 && end > start && end <= body.length && json.isContainerNode()) {
                records.add(new SourcePage.ReceivedRecord(Payload.received(body, (int) start, (int) (end - start)), json));
            } else {
                records.add(new SourcePage.ReceivedRecord(Payload.ofText(json.toString()), json));
            }
        }
        return records;
    }

    /**
     * Reads the object the parser is at into an {@link ObjectNode} over an {@link ArrayFieldMap}: the same nodes
     * Jackson's tree reader makes (text, whole numbers, booleans, nulls; anything else, nested lists and objects
     * included, by the tree reader itself), without a hash map per record.
     */
    private static ObjectNode object(JsonParser parser, ArrayFieldMap.Shape shape) throws IOException {
        ArrayFieldMap fields = new ArrayFieldMap(shape);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            fields.addRead(name, value(parser, parser.nextToken()));
        }
        fields.finishRead(shape);
        return new ObjectNode(JsonNodeFactory.instance, fields);
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> TextNode.valueOf(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> IntNode.valueOf(parser.getIntValue());
                case LONG -> LongNode.valueOf(parser.getLongValue());
                default -> JSON.readTree(parser);
            };
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.getInstance();
            default -> JSON.readTree(parser);
        };
    }

    private static List<SourcePage.ReceivedRecord> skip(JsonParser parser) throws IOException {
        parser.skipChildren();
        return null;
    }

    private static String problemOf(byte[] body, int page) {
        try {
            JsonNode envelope = JSON.readTree(body);
            return envelope != null && envelope.path("duLieu").isArray()
                    ? "an empty page " + page + " of " + envelope.path("tongSoTrang").asInt() + " pages"
                    : "a JSON answer without the paging envelope (trang, tongSoTrang, duLieu)";
        } catch (JsonProcessingException e) {
            return "truncated or invalid JSON (" + e.getOriginalMessage() + ")";
        } catch (IOException e) {
            return "an unreadable answer (" + e.getMessage() + ")";
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

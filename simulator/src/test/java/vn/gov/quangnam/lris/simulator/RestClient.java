package vn.gov.quangnam.lris.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A plain HTTP client of the simulator's REST endpoints, as an ingestion would use them, for the tests. */
public final class RestClient {
    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Simulator simulator;

    public RestClient(Simulator simulator) {
        this.simulator = simulator;
    }

    /** A response: status, headers and body. */
    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }
    }

    public String token(String endpoint) {
        SimulatorEndpoint described = simulator.endpoint(endpoint);
        Response response = requestToken(endpoint, described.clientId(), described.clientSecret());
        if (response.status() != 200) {
            throw new AssertionError("token request to " + endpoint + " failed: " + response.status() + " " + response.body());
        }
        return response.json().get("access_token").asText();
    }

    public Response requestToken(String endpoint, String clientId, String clientSecret) {
        String form = "client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret)
                + "&grant_type=client_credentials";
        return send(HttpRequest.newBuilder(URI.create(simulator.url() + "/" + endpoint + "/api/v1/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    public Response page(String endpoint, Source source, String token, String capNhatTu, int page, int size) {
        return get(endpoint + "/api/v1/" + source.code() + "?" + (capNhatTu == null ? "" : "capNhatTu="
                + encode(capNhatTu) + "&") + "trang=" + page + "&soLuong=" + size, token, Duration.ofSeconds(30));
    }

    public Response get(String pathAndQuery, String token, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.url() + "/" + pathAndQuery))
                .timeout(timeout).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every record of a feed from {@code capNhatTu} on, page by page, as served (no retries: no faults expected). */
    public List<JsonNode> readAll(String endpoint, Source source, String capNhatTu, int size) {
        String token = token(endpoint);
        List<JsonNode> records = new ArrayList<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            Response response = page(endpoint, source, token, capNhatTu, page, size);
            if (response.status() != 200) {
                throw new AssertionError("page " + page + " of " + endpoint + "/" + source.code() + ": "
                        + response.status() + " " + response.body());
            }
            JsonNode json = response.json();
            pages = json.get("tongSoTrang").asInt();
            json.get("duLieu").forEach(records::add);
        }
        return records;
    }

    public Response admin(String method, String action, String jsonBody) {
        HttpRequest.BodyPublisher body = jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody);
        return send(HttpRequest.newBuilder(URI.create(simulator.url() + "/admin/" + action))
                .header("Content-Type", "application/json").method(method, body).build());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

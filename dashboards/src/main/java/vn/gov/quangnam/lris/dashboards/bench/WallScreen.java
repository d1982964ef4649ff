package vn.gov.quangnam.lris.dashboards.bench;

import com.fasterxml.jackson.databind.JsonNode;
import vn.gov.quangnam.lris.dashboards.http.HttpExchanges;
import vn.gov.quangnam.lris.serving.bench.LatencyStatistics;

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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated wall screen: logs in like the login form, then at every refresh fetches all pages' figures at once, as
 * the wall's script does, with the map's and rankings' indicator moving on at every round.
 */
final class WallScreen {
    static final List<String> PAGES = List.of("overview", "map", "ranking", "trends", "breaches");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI dashboard;
    private final String cookie;
    private List<String> indicators = List.of();
    private int round;

    private WallScreen(URI dashboard, String cookie) {
        this.dashboard = dashboard;
        this.cookie = cookie;
    }

    static WallScreen login(URI dashboard, BenchmarkOptions.ScreenAccount account) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        String form = "user=" + URLEncoder.encode(account.user(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(account.password(), StandardCharsets.UTF_8) + "&next=%2F";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(dashboard.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow(() -> new IllegalStateException(
                "login of " + account.user() + " at " + dashboard + " answered " + response.statusCode() + " without a session"));
        return new WallScreen(dashboard, setCookie.substring(0, setCookie.indexOf(';')));
    }

    /** The refresh interval the dashboard tells its walls, in seconds. */
    double refreshSeconds() throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request("/api/session"), HttpResponse.BodyHandlers.ofString());
        return HttpExchanges.JSON.readTree(response.body()).get("refreshSeconds").asDouble();
    }

    /** One refresh: every page's figures at once; each request's latency goes to its page's statistics. */
    void refresh(Map<String, LatencyStatistics> latencies, AtomicLong errors) {
        String indicator = indicators.isEmpty() ? "" : "?indicator=" + indicators.get(round % indicators.size());
        round++;
        List<CompletableFuture<?>> requests = new ArrayList<>();
        for (String page : PAGES) {
            String path = "/api/" + page + (page.equals("map") || page.equals("ranking") ? indicator : "");
            long started = System.nanoTime();
            requests.add(client.sendAsync(request(path), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                latencies.get(page).add(System.nanoTime() - started);
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                } else if (page.equals("map")) {
                    rememberIndicators(response.body());
                }
            }));
        }
        CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
    }

    private void rememberIndicators(String body) {
        try {
            List<String> codes = new ArrayList<>();
            for (JsonNode indicator : HttpExchanges.JSON.readTree(body).get("indicators")) {
                codes.add(indicator.get("code").asText());
            }
            indicators = codes;
        } catch (IOException e) {
            throw new IllegalStateException("the map's answer is not JSON: " + e.getMessage(), e);
        }
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(dashboard.resolve(path)).header("Cookie", cookie).timeout(Duration.ofSeconds(120)).GET().build();
    }
}

package vn.gov.quangnam.lris.dashboards.api;

import com.sun.net.httpserver.HttpExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.dashboards.DashboardSettings;
import vn.gov.quangnam.lris.dashboards.auth.Viewer;
import vn.gov.quangnam.lris.dashboards.http.HttpExchanges;
import vn.gov.quangnam.lris.dashboards.http.SessionCookie;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code GET /api/<endpoint>} for a logged-in viewer: {@code session}, {@code freshness}, {@code overview},
 * {@code map?indicator=}, {@code ranking?indicator=}, {@code trends}, {@code breaches}. Without a session: 401; with
 * figures Trino could not give: 503 with what failed and when the last good figures were read.
 */
public final class ApiHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiHandler.class);

    private final DashboardApi api;
    private final SessionCookie cookie;
    private final DashboardSettings settings;

    public ApiHandler(DashboardApi api, SessionCookie cookie, DashboardSettings settings) {
        this.api = requireNonNull(api, "api is null");
        this.cookie = requireNonNull(cookie, "cookie is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    public void handle(HttpExchange exchange) throws IOException {
        Optional<Viewer> viewer = cookie.viewer(exchange);
        if (viewer.isEmpty()) {
            HttpExchanges.json(exchange, 401, ApiResponses.Error.of("not_logged_in",
                    "Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn: hãy đăng nhập lại tại /login."));
            return;
        }
        String endpoint = exchange.getRequestURI().getPath().substring("/api/".length());
        Map<String, String> parameters = HttpExchanges.queryParameters(exchange);
        try {
            Object body = answer(endpoint, viewer.get(), parameters.get("indicator"));
            if (body == null) {
                HttpExchanges.json(exchange, 404, ApiResponses.Error.of("unknown_endpoint", "Không có API /api/" + endpoint
                        + "; có: session, freshness, overview, map, ranking, trends, breaches."));
                return;
            }
            HttpExchanges.json(exchange, 200, body);
        } catch (UnknownIndicatorException e) {
            HttpExchanges.json(exchange, 400, ApiResponses.Error.of("unknown_indicator", e.getMessage()));
        } catch (DatasetUnavailableException e) {
            HttpExchanges.json(exchange, 503, new ApiResponses.Error("data_unavailable",
                    "Không lấy được số liệu từ kho dữ liệu (Trino)", e.getMessage(), e.lastSuccessAt().map(Object::toString).orElse(null)));
        } catch (RuntimeException e) {
            log.error("dashboard API /api/{} failed for {}", endpoint, viewer.get(), e);
            HttpExchanges.json(exchange, 500, new ApiResponses.Error("internal_error",
                    "Lỗi của màn hình điều hành; xem nhật ký của dịch vụ", e.getMessage(), null));
        }
    }

    private Object answer(String endpoint, Viewer viewer, String indicator) {
        return switch (endpoint) {
            case "session" -> new ApiResponses.Session(viewer.user(), seconds(settings.rotation()), seconds(settings.refresh()),
                    seconds(settings.staleAfter()));
            case "freshness" -> api.freshness(viewer);
            case "overview" -> api.overview(viewer);
            case "map" -> api.map(viewer, indicator);
            case "ranking" -> api.ranking(viewer, indicator);
            case "trends" -> api.trends(viewer);
            case "breaches" -> api.breaches(viewer);
            default -> null;
        };
    }

    private static double seconds(java.time.Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}

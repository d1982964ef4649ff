package vn.gov.quangnam.lris.dashboards.http;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static java.util.Objects.requireNonNull;

/** {@code GET /}: the wall page for a logged-in viewer; anyone else goes to the login page, and comes back after. */
public final class WallPageHandler {
    private final SessionCookie cookie;
    private final byte[] page = ClasspathFiles.text("pages/wall.html").getBytes(StandardCharsets.UTF_8);

    public WallPageHandler(SessionCookie cookie) {
        this.cookie = requireNonNull(cookie, "cookie is null");
    }

    public void handle(HttpExchange exchange) throws IOException {
        if (cookie.viewer(exchange).isEmpty()) {
            String rawQuery = exchange.getRequestURI().getRawQuery();
            String back = rawQuery == null ? "/" : "/?" + rawQuery;
            HttpExchanges.redirect(exchange, "/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        HttpExchanges.send(exchange, 200, "text/html; charset=utf-8", page);
    }
}

package vn.gov.quangnam.lris.dashboards.http;

import com.sun.net.httpserver.HttpExchange;
import vn.gov.quangnam.lris.dashboards.auth.Sessions;
import vn.gov.quangnam.lris.dashboards.auth.Viewer;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), as long-lived as
 * the session, so an unattended wall stays logged in.
 */
public final class SessionCookie {
    static final String NAME = "lris_dashboard_session";

    private final Sessions sessions;

    public SessionCookie(Sessions sessions) {
        this.sessions = requireNonNull(sessions, "sessions is null");
    }

    public Optional<Viewer> viewer(HttpExchange exchange) {
        return HttpExchanges.cookie(exchange, NAME).flatMap(sessions::viewer);
    }

    void start(HttpExchange exchange, Viewer viewer) {
        String token = sessions.start(viewer);
        exchange.getResponseHeaders().add("Set-Cookie", NAME + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                + sessions.lifetime().toSeconds());
    }

    void end(HttpExchange exchange) {
        HttpExchanges.cookie(exchange, NAME).ifPresent(sessions::end);
        exchange.getResponseHeaders().add("Set-Cookie", NAME + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    }
}

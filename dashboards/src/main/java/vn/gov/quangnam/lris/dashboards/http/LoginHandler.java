package vn.gov.quangnam.lris.dashboards.http;

import com.sun.net.httpserver.HttpExchange;
import vn.gov.quangnam.lris.dashboards.auth.LoginOutcome;
import vn.gov.quangnam.lris.dashboards.auth.TrinoLogin;
import vn.gov.quangnam.lris.dashboards.auth.Viewer;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * {@code GET /login}: the Vietnamese login form; {@code POST /login}: checks the account against Trino, starts a
 * session and returns to the wall page it came from; {@code POST /logout}: ends the session.
 */
public final class LoginHandler {
    private final TrinoLogin login;
    private final SessionCookie cookie;
    private final Consumer<Viewer> loggedIn;
    private final String template = ClasspathFiles.text("pages/login.html");

    /** {@code loggedIn} is told of every successful login (the API starts reading the viewer's figures). */
    public LoginHandler(TrinoLogin login, SessionCookie cookie, Consumer<Viewer> loggedIn) {
        this.login = requireNonNull(login, "login is null");
        this.cookie = requireNonNull(cookie, "cookie is null");
        this.loggedIn = requireNonNull(loggedIn, "loggedIn is null");
    }

    public void form(HttpExchange exchange) throws IOException {
        String next = safeNext(HttpExchanges.queryParameters(exchange).get("next"));
        HttpExchanges.html(exchange, 200, render("", "", next));
    }

    public void submit(HttpExchange exchange) throws IOException {
        Map<String, String> fields = HttpExchanges.formFields(exchange);
        String next = safeNext(fields.get("next"));
        LoginOutcome outcome = login.login(fields.get("user"), fields.get("password"));
        if (outcome.viewer().isPresent()) {
            cookie.start(exchange, outcome.viewer().get());
            loggedIn.accept(outcome.viewer().get());
            HttpExchanges.redirect(exchange, next);
            return;
        }
        int status = outcome.refusal() == LoginOutcome.Refusal.DATA_SERVER_UNAVAILABLE ? 503 : 401;
        HttpExchanges.html(exchange, status, render(outcome.refusal().message(), fields.getOrDefault("user", ""), next));
    }

    public void logout(HttpExchange exchange) throws IOException {
        cookie.end(exchange);
        HttpExchanges.redirect(exchange, "/login");
    }

    private String render(String message, String user, String next) {
        return template
                .replace("{{message}}", HttpExchanges.escapeHtml(message))
                .replace("{{messageHidden}}", message.isEmpty() ? "hidden" : "")
                .replace("{{user}}", HttpExchanges.escapeHtml(user))
                .replace("{{next}}", HttpExchanges.escapeHtml(next));
    }

    /** Only a path of this dashboard (never another site: {@code //host} or {@code https://...}) is a place to return to. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.startsWith("/login")) {
            return "/";
        }
        return next;
    }
}

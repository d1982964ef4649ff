package vn.gov.quangnam.lris.dashboards;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.dashboards.api.ApiHandler;
import vn.gov.quangnam.lris.dashboards.api.DashboardApi;
import vn.gov.quangnam.lris.dashboards.auth.Sessions;
import vn.gov.quangnam.lris.dashboards.auth.TrinoLogin;
import vn.gov.quangnam.lris.dashboards.http.AssetHandler;
import vn.gov.quangnam.lris.dashboards.http.HttpExchanges;
import vn.gov.quangnam.lris.dashboards.http.LoginHandler;
import vn.gov.quangnam.lris.dashboards.http.SessionCookie;
import vn.gov.quangnam.lris.dashboards.http.WallPageHandler;
import vn.gov.quangnam.lris.dashboards.queries.TrinoConnections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.Objects.requireNonNull;

/**
 * The IOC wall dashboard's own HTTP server (the JDK's; the service is no web application): the login page, the wall
 * page, its assets and the JSON API, every figure read through Trino as the logged-in viewer.
 *
 * <pre>{@code
 * try (RunningDashboard dashboard = DashboardServer.start(DashboardSettings.defaults(serving.jdbcUrl()))) {
 *     System.out.println("dashboard=" + dashboard.url());
 * }
 * }</pre>
 */
public final class DashboardServer implements RunningDashboard {
    private static final Logger log = LoggerFactory.getLogger(DashboardServer.class);
    private static final int REQUEST_THREADS = 16;

    private final HttpServer server;
    private final ExecutorService requestThreads;
    private final ExecutorService queryThreads;
    private final URI url;

    private DashboardServer(HttpServer server, ExecutorService requestThreads, ExecutorService queryThreads, URI url) {
        this.server = server;
        this.requestThreads = requestThreads;
        this.queryThreads = queryThreads;
        this.url = url;
    }

    /** Listens on the settings' address and port and serves until closed. */
    public static RunningDashboard start(DashboardSettings settings) {
        requireNonNull(settings, "settings is null");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(settings.bindAddress(), settings.port()), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("the dashboard cannot listen on " + settings.bindAddress() + ":" + settings.port() + " ("
                    + e.getMessage() + "); set lris.dashboard.port to a free port (0 takes any) or stop what uses it", e);
        }
        ExecutorService requestThreads = Executors.newFixedThreadPool(REQUEST_THREADS, daemonThreads("dashboard-http-"));
        ExecutorService queryThreads = Executors.newCachedThreadPool(daemonThreads("dashboard-query-"));
        TrinoConnections connections = new TrinoConnections(settings.trinoJdbcUrl());
        SessionCookie cookie = new SessionCookie(new Sessions(settings.sessionLifetime(), Clock.systemUTC()));
        DashboardApi api = new DashboardApi(connections, settings.refresh(), queryThreads, Clock.systemUTC());
        Routes routes = new Routes(new LoginHandler(new TrinoLogin(connections), cookie, api::prefetch), new WallPageHandler(cookie),
                new AssetHandler(), new ApiHandler(api, cookie, settings));
        server.setExecutor(requestThreads);
        server.createContext("/", routes::dispatch);
        server.start();
        URI url = URI.create("http://" + hostForUrl(settings.bindAddress()) + ":" + server.getAddress().getPort());
        log.info("dashboard serves {} (pages rotate every {} s, refresh every {} s, data stale after {})", url,
                settings.rotation().toSeconds(), settings.refresh().toSeconds(), settings.staleAfter());
        return new DashboardServer(server, requestThreads, queryThreads, url);
    }

    @Override
    public URI url() {
        return url;
    }

    @Override
    public void close() {
        server.stop(0);
        requestThreads.shutdownNow();
        queryThreads.shutdownNow();
        try {
            requestThreads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("dashboard at {} stopped", url);
    }

    private static String hostForUrl(String bindAddress) {
        if (bindAddress.equals("0.0.0.0") || bindAddress.equals("::")) {
            return "127.0.0.1";
        }
        return bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Which handler answers which method and path. */
    private record Routes(LoginHandler login, WallPageHandler wall, AssetHandler assets, ApiHandler api) {
        void dispatch(HttpExchange exchange) throws IOException {
            try {
                route(exchange, exchange.getRequestMethod(), exchange.getRequestURI().getPath());
            } catch (IOException e) {
                log.debug("dashboard client went away during {} {}: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.getMessage());
            } catch (RuntimeException e) {
                log.error("dashboard failed to answer {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                HttpExchanges.send(exchange, 500, "text/plain; charset=utf-8",
                        ("Lỗi của màn hình điều hành: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
            } finally {
                exchange.close();
            }
        }

        private void route(HttpExchange exchange, String method, String path) throws IOException {
            boolean read = method.equals("GET") || method.equals("HEAD");
            if (read && path.equals("/")) {
                wall.handle(exchange);
            } else if (read && path.equals("/login")) {
                login.form(exchange);
            } else if (method.equals("POST") && path.equals("/login")) {
                login.submit(exchange);
            } else if (method.equals("POST") && path.equals("/logout")) {
                login.logout(exchange);
            } else if (read && path.startsWith("/assets/")) {
                assets.handle(exchange);
            } else if (read && path.startsWith("/api/")) {
                api.handle(exchange);
            } else {
                HttpExchanges.send(exchange, 404, "text/plain; charset=utf-8",
                        ("Không có trang " + path + " — màn hình điều hành ở /").getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}

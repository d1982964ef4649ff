package vn.gov.quangnam.lris.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.simulator.EndpointDefinition;
import vn.gov.quangnam.lris.simulator.EndpointKind;
import vn.gov.quangnam.lris.simulator.EndpointLayout;
import vn.gov.quangnam.lris.simulator.SimulatedProvince;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.faults.Faults;
import vn.gov.quangnam.lris.simulator.generation.Feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.Objects.requireNonNull;

/**
 * The simulator's HTTP server, on 127.0.0.1 only: {@code /<endpoint>/api/v1/token}, {@code /<endpoint>/api/v1/<source>}
 * for every REST endpoint, and {@code /admin/...}.
 */
public final class SimulatorHttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SimulatorHttpServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final EndpointLayout layout;
    private final SimulatedProvince province;
    private final TokenHandler tokenHandler;
    private final RecordPageHandler pageHandler;
    private final AdminHandler adminHandler;

    private SimulatorHttpServer(HttpServer server, ExecutorService executor, EndpointLayout layout,
                                SimulatedProvince province, Faults faults, Duration tokenLifetime,
                                SimulatorControl control) {
        this.server = server;
        this.executor = executor;
        this.layout = layout;
        this.province = province;
        AccessTokens tokens = new AccessTokens(tokenLifetime, Clock.systemUTC());
        this.tokenHandler = new TokenHandler(faults, tokens);
        this.pageHandler = new RecordPageHandler(faults, tokens);
        this.adminHandler = new AdminHandler(control, faults);
    }

    /** Binds to 127.0.0.1:{@code port} (0: a free port) and starts serving with {@code threads} threads. */
    public static SimulatorHttpServer start(int port, int threads, SimulatedProvince province, Faults faults,
                                            Duration tokenLifetime, SimulatorControl control) {
        requireNonNull(province, "province is null");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("the simulator cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); choose another port, or 0 for a free one", e);
        }
        AtomicInteger counter = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "simulator-http-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        SimulatorHttpServer simulatorServer = new SimulatorHttpServer(server, executor, province.settings().layout(),
                province, faults, tokenLifetime, control);
        server.setExecutor(executor);
        server.createContext("/", simulatorServer::dispatch);
        server.start();
        return simulatorServer;
    }

    /** {@code http://127.0.0.1:<port>} */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (RuntimeException e) {
            log.error("simulator failed to answer {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            HttpResponses.error(exchange, 500, "loi_mo_phong", "the simulator itself failed: " + e.getMessage());
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String[] segments = exchange.getRequestURI().getPath().replaceAll("^/+|/+$", "").split("/");
        if (segments.length == 2 && segments[0].equals("admin")) {
            adminHandler.handle(exchange, segments[1]);
            return;
        }
        Optional<EndpointDefinition> endpoint = segments.length == 4 && segments[1].equals("api")
                && segments[2].equals("v1") ? layout.endpoint(segments[0]) : Optional.empty();
        if (endpoint.isEmpty() || endpoint.get().kind() != EndpointKind.REST) {
            HttpResponses.error(exchange, 404, "khong_tim_thay", "no resource " + exchange.getRequestURI().getPath()
                    + "; REST endpoints serve /<endpoint>/api/v1/token and /<endpoint>/api/v1/<hoso|vanban|"
                    + "hosocongviec|ketqua>");
            return;
        }
        String resource = segments[3];
        if (resource.equals("token")) {
            tokenHandler.handle(exchange, endpoint.get());
            return;
        }
        Optional<Source> source = Source.fromCode(resource).filter(Source::isRecordFeed);
        Optional<Feed> feed = source.flatMap(wanted -> province.feed(endpoint.get().name(), wanted));
        if (feed.isEmpty()) {
            HttpResponses.error(exchange, 404, "khong_tim_thay", "endpoint " + endpoint.get().name() + " does not serve '"
                    + resource + "'; it serves " + endpoint.get().sources().stream().map(Source::code).sorted().toList());
            return;
        }
        pageHandler.handle(exchange, endpoint.get(), source.get(), feed.get());
    }
}

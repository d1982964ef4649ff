package vn.gov.quangnam.lris.ingestion.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny one-stop source on a real HTTP server (the JDK's) for reader tests that need exact control of the records
 * and their instants: dossiers {@code maHoSo} with {@code ngayCapNhat}, served as the contract says, and a log of the
 * queries it answered. {@link #answerEmptyPages(int)} makes the next pages come back empty with the right counters.
 */
final class FakeRestSource implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<ObjectNode> records;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final AtomicInteger emptyPagesToServe = new AtomicInteger();

    FakeRestSource(Map<String, String> updatedAtByKey) {
        this.records = updatedAtByKey.entrySet().stream()
                .map(entry -> JSON.createObjectNode().put("maHoSo", entry.getKey()).put("ngayCapNhat", entry.getValue()))
                .sorted(Comparator.<ObjectNode, Instant>comparing(FakeRestSource::updatedAt).thenComparing(record -> record.get("maHoSo").asText()))
                .toList();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/token", exchange -> answer(exchange, JSON.createObjectNode().put("access_token", "fake")));
        server.createContext("/api/v1/hoso", this::page);
        server.start();
    }

    RestEndpoint endpoint(int pageSize) {
        return new RestEndpoint("fake", URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "client", "secret",
                pageSize, Duration.ofSeconds(5), 3, Duration.ofMillis(1));
    }

    /** The queries answered so far, as {@code capNhatTu=...&trang=...&soLuong=...}. */
    List<String> queries() {
        return List.copyOf(queries);
    }

    void answerEmptyPages(int count) {
        emptyPagesToServe.set(count);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void page(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        queries.add(URLDecoder.decode(query, StandardCharsets.UTF_8));
        Map<String, String> parameters = new HashMap<>();
        for (String parameter : query.split("&")) {
            String[] nameAndValue = parameter.split("=", 2);
            parameters.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
        }
        Instant from = OffsetDateTime.parse(parameters.get("capNhatTu")).toInstant();
        int page = Integer.parseInt(parameters.get("trang"));
        int size = Integer.parseInt(parameters.get("soLuong"));
        List<ObjectNode> changed = records.stream().filter(record -> !updatedAt(record).isBefore(from)).toList();
        ArrayNode data = JSON.createArrayNode();
        if (emptyPagesToServe.getAndUpdate(left -> Math.max(0, left - 1)) == 0) {
            changed.stream().skip((long) (page - 1) * size).limit(size).forEach(data::add);
        }
        ObjectNode envelope = JSON.createObjectNode().put("trang", page)
                .put("tongSoTrang", (changed.size() + size - 1) / size).put("tongSoBanGhi", changed.size());
        envelope.set("duLieu", data);
        answer(exchange, envelope);
    }

    private static void answer(HttpExchange exchange, ObjectNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var output = exchange.getResponseBody()) {
            output.write(bytes);
        }
    }

    private static Instant updatedAt(ObjectNode record) {
        return OffsetDateTime.parse(record.get("ngayCapNhat").asText()).toInstant();
    }
}

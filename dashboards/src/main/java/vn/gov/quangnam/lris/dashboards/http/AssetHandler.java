package vn.gov.quangnam.lris.dashboards.http;

import com.sun.net.httpserver.HttpExchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * {@code GET /assets/...}: the wall's scripts, styles, chart library, font and district map, all from the dashboard's
 * own jar (the IOC network may have no internet). Revalidated by ETag; compressed for browsers that accept gzip.
 */
public final class AssetHandler {
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "geojson", "application/geo+json",
            "ttf", "font/ttf", "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml", "png", "image/png");

    private final Map<String, Optional<Asset>> assets = new ConcurrentHashMap<>();

    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/assets/".length());
        Optional<Asset> asset = path.contains("..") ? Optional.empty() : assets.computeIfAbsent(path, AssetHandler::load);
        if (asset.isEmpty()) {
            HttpExchanges.send(exchange, 404, "text/plain; charset=utf-8",
                    ("no asset /assets/" + path + " in this dashboard").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        Asset found = asset.get();
        exchange.getResponseHeaders().set("ETag", found.etag());
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        if (found.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        String acceptEncoding = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (found.gzipped() != null && acceptEncoding != null && acceptEncoding.contains("gzip")) {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
            HttpExchanges.send(exchange, 200, found.contentType(), found.gzipped());
            return;
        }
        HttpExchanges.send(exchange, 200, found.contentType(), found.bytes());
    }

    private static Optional<Asset> load(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String contentType = CONTENT_TYPES.get(extension);
        if (contentType == null) {
            return Optional.empty();
        }
        return ClasspathFiles.read("assets/" + path).map(bytes -> new Asset(bytes, contentType.startsWith("font/") ? null : gzip(bytes),
                contentType, etag(bytes)));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream output = new GZIPOutputStream(compressed)) {
            output.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    private static String etag(byte[] bytes) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private record Asset(byte[] bytes, byte[] gzipped, String contentType, String etag) {
    }
}

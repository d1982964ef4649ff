package vn.gov.quangnam.lris.simulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Sends JSON responses; errors as {@code {"loi": "<code>", "moTa": "<what happened and what to do>"}}. */
final class HttpResponses {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private HttpResponses() {
    }

    static void json(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream output = exchange.getResponseBody()) {
                output.write(body);
            }
        }
        exchange.close();
    }

    static void json(HttpExchange exchange, int status, Object value) throws IOException {
        json(exchange, status, MAPPER.writeValueAsBytes(value));
    }

    static void error(HttpExchange exchange, int status, String code, String description) throws IOException {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("loi", code);
        if (description != null) {
            body.put("moTa", description);
        }
        json(exchange, status, MAPPER.writeValueAsBytes(body));
    }

    /** The contract's answer to a missing, unknown or expired token: exactly {@code {"loi":"token_het_han"}}. */
    static void tokenExpired(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        json(exchange, 401, "{\"loi\":\"token_het_han\"}".getBytes(StandardCharsets.UTF_8));
    }
}

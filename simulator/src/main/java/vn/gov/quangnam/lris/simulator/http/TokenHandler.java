package vn.gov.quangnam.lris.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import vn.gov.quangnam.lris.simulator.EndpointDefinition;
import vn.gov.quangnam.lris.simulator.faults.FaultRule;
import vn.gov.quangnam.lris.simulator.faults.Faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code POST {base}/api/v1/token} with form fields {@code client_id} and {@code client_secret}: answers
 * {@code {"access_token":"...","token_type":"Bearer","expires_in":<seconds>}}, or 401 for wrong credentials.
 */
final class TokenHandler {
    private final Faults faults;
    private final AccessTokens tokens;

    TokenHandler(Faults faults, AccessTokens tokens) {
        this.faults = requireNonNull(faults, "faults is null");
        this.tokens = requireNonNull(tokens, "tokens is null");
    }

    void handle(HttpExchange exchange, EndpointDefinition endpoint) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            HttpResponses.error(exchange, 405, "phuong_thuc_khong_ho_tro",
                    "use POST with form fields client_id and client_secret");
            return;
        }
        Optional<FaultRule> down = faults.downRule(endpoint.name(), null);
        if (down.isPresent()) {
            TransportFaults.fail(exchange, down.get());
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        QueryParameters form = QueryParameters.parse(body);
        Optional<String> clientId = form.get("client_id");
        Optional<String> clientSecret = form.get("client_secret");
        if (clientId.isEmpty() || clientSecret.isEmpty()) {
            HttpResponses.error(exchange, 400, "tham_so_khong_hop_le", "send client_id and client_secret as form "
                    + "fields (Content-Type: application/x-www-form-urlencoded)");
            return;
        }
        if (!endpoint.credentials().matches(clientId.get(), clientSecret.get())) {
            HttpResponses.error(exchange, 401, "sai_thong_tin_xac_thuc",
                    "client_id or client_secret is wrong for endpoint " + endpoint.name());
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", tokens.issue(endpoint.name()));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", tokens.lifetimeSeconds());
        HttpResponses.json(exchange, 200, answer);
    }
}

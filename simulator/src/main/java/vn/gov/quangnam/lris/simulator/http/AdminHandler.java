package vn.gov.quangnam.lris.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import vn.gov.quangnam.lris.simulator.SimulatorEndpoint;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.faults.FaultRule;
import vn.gov.quangnam.lris.simulator.faults.Faults;
import vn.gov.quangnam.lris.simulator.truth.Truth;
import vn.gov.quangnam.lris.simulator.truth.TruthJson;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The admin API under {@code /admin}: status and endpoints, moving the clock, switching faults, and the truth.
 * See the README for the exact requests and answers.
 */
final class AdminHandler {
    private static final int MAX_DAYS_PER_CALL = 366;

    private final SimulatorControl simulator;
    private final Faults faults;

    AdminHandler(SimulatorControl simulator, Faults faults) {
        this.simulator = requireNonNull(simulator, "simulator is null");
        this.faults = requireNonNull(faults, "faults is null");
    }

    void handle(HttpExchange exchange, String action) throws IOException {
        String method = exchange.getRequestMethod();
        QueryParameters parameters = QueryParameters.parse(exchange.getRequestURI().getRawQuery());
        try {
            switch (method + " " + action) {
                case "GET status" -> status(exchange);
                case "GET endpoints" -> HttpResponses.json(exchange, 200,
                        simulator.endpoints().stream().map(AdminHandler::endpoint).toList());
                case "POST advance-day" -> advance(exchange, parameters);
                case "GET faults" -> listFaults(exchange);
                case "POST faults" -> addFaults(exchange);
                case "DELETE faults" -> clearFaults(exchange, parameters);
                case "GET truth" -> truth(exchange, parameters);
                default -> HttpResponses.error(exchange, 404, "khong_tim_thay", "no admin action " + method + " /admin/"
                        + action + "; the actions are GET status, GET endpoints, POST advance-day, GET/POST/DELETE "
                        + "faults, GET truth");
            }
        } catch (IllegalArgumentException e) {
            HttpResponses.error(exchange, 400, "tham_so_khong_hop_le", e.getMessage());
        }
    }

    private void status(HttpExchange exchange) throws IOException {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("clockDay", simulator.clockDay().toString());
        status.put("endpoints", simulator.endpoints().stream().map(AdminHandler::endpoint).toList());
        status.put("faults", faults.active().stream().map(FaultRuleJson::write).toList());
        HttpResponses.json(exchange, 200, status);
    }

    private void advance(HttpExchange exchange, QueryParameters parameters) throws IOException {
        int days = parameters.get("days").map(String::strip).map(AdminHandler::days).orElse(1);
        LocalDate clockDay = simulator.clockDay();
        for (int i = 0; i < days; i++) {
            clockDay = simulator.advanceDay();
        }
        HttpResponses.json(exchange, 200, Map.of("clockDay", clockDay.toString()));
    }

    private static int days(String text) {
        try {
            int days = Integer.parseInt(text);
            if (days >= 1 && days <= MAX_DAYS_PER_CALL) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("days must be a whole number from 1 to " + MAX_DAYS_PER_CALL + ", got '"
                + text + "'");
    }

    private void listFaults(HttpExchange exchange) throws IOException {
        HttpResponses.json(exchange, 200, faults.active().stream().map(FaultRuleJson::write).toList());
    }

    private void addFaults(HttpExchange exchange) throws IOException {
        JsonNode body;
        try {
            body = HttpResponses.MAPPER.readTree(exchange.getRequestBody());
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getMessage());
        }
        if (body == null || body.isMissingNode()) {
            throw new IllegalArgumentException("send a fault rule, an array of rules or {\"faults\": [...]} as JSON");
        }
        List<FaultRule> rules = FaultRuleJson.read(body);
        List<Long> ids = faults.addAll(rules);
        HttpResponses.json(exchange, 201, Map.of("ids", ids));
    }

    private void clearFaults(HttpExchange exchange, QueryParameters parameters) throws IOException {
        int before = faults.active().size();
        Optional<String> endpoint = parameters.get("endpoint").map(String::strip).filter(name -> !name.isEmpty());
        if (endpoint.isPresent()) {
            faults.clear(endpoint.get());
        } else {
            faults.clear();
        }
        HttpResponses.json(exchange, 200, Map.of("removed", before - faults.active().size()));
    }

    private void truth(HttpExchange exchange, QueryParameters parameters) throws IOException {
        Optional<String> endpoint = parameters.get("endpoint").filter(name -> !name.isBlank());
        Optional<Source> source = parameters.get("source").filter(code -> !code.isBlank())
                .map(code -> Source.fromCode(code).orElseThrow(() -> new IllegalArgumentException(
                        "unknown source '" + code + "'; the sources are " + Source.knownCodes())));
        boolean includeRecords = !parameters.get("records").map(String::strip).orElse("true").equals("false");
        Truth all = simulator.truth();
        Truth truth = new Truth(all.seed(), all.clockDay(), all.feeds().stream()
                .filter(feed -> endpoint.map(feed.endpoint()::equals).orElse(true))
                .filter(feed -> source.map(wanted -> feed.source() == wanted).orElse(true))
                .toList(),
                endpoint.isPresent() || source.isPresent() ? all.forms().filter(forms ->
                        endpoint.map(forms.endpoint()::equals).orElse(true)
                                && source.map(wanted -> wanted == Source.FORMS).orElse(true)) : all.forms());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream output = exchange.getResponseBody()) {
            TruthJson.write(truth, includeRecords, output);
        }
        exchange.close();
    }

    static Map<String, Object> endpoint(SimulatorEndpoint endpoint) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", endpoint.name());
        json.put("kind", endpoint.kind().code());
        json.put("location", endpoint.location());
        json.put("clientId", endpoint.clientId());
        json.put("clientSecret", endpoint.clientSecret());
        json.put("sources", endpoint.sources().stream().map(Source::code).sorted().toList());
        json.put("unitCodes", endpoint.unitCodes().stream().sorted().toList());
        return json;
    }
}

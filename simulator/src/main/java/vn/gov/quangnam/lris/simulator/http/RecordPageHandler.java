package vn.gov.quangnam.lris.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import vn.gov.quangnam.lris.simulator.EndpointDefinition;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.FaultRule;
import vn.gov.quangnam.lris.simulator.faults.Faults;
import vn.gov.quangnam.lris.simulator.generation.Feed;
import vn.gov.quangnam.lris.simulator.generation.FeedPage;
import vn.gov.quangnam.lris.simulator.generation.ServedRecord;
import vn.gov.quangnam.lris.simulator.generation.SimulatorTime;

import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code GET {base}/api/v1/{hoso|vanban|hosocongviec|ketqua}?capNhatTu=&trang=&soLuong=}: checks, in this order, a
 * down rule, the bearer token (401), the parameters (400) and the request faults, then serves the page.
 */
final class RecordPageHandler {
    static final int DEFAULT_PAGE_SIZE = 1000;
    static final int MAX_PAGE_SIZE = 5000;

    private final Faults faults;
    private final AccessTokens tokens;

    RecordPageHandler(Faults faults, AccessTokens tokens) {
        this.faults = requireNonNull(faults, "faults is null");
        this.tokens = requireNonNull(tokens, "tokens is null");
    }

    void handle(HttpExchange exchange, EndpointDefinition endpoint, Source source, Feed feed) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            HttpResponses.error(exchange, 405, "phuong_thuc_khong_ho_tro", "use GET for " + source.code());
            return;
        }
        Optional<FaultRule> down = faults.downRule(endpoint.name(), source);
        if (down.isPresent()) {
            TransportFaults.fail(exchange, down.get());
            return;
        }
        String token = bearerToken(exchange);
        if (!tokens.isValid(endpoint.name(), token)) {
            HttpResponses.tokenExpired(exchange);
            return;
        }
        QueryParameters parameters = QueryParameters.parse(exchange.getRequestURI().getRawQuery());
        PageRequest request;
        try {
            request = PageRequest.of(parameters);
        } catch (IllegalArgumentException | DateTimeException e) {
            HttpResponses.error(exchange, 400, "tham_so_khong_hop_le", e.getMessage());
            return;
        }
        String requestKey = endpoint.name() + "/" + source.code() + "?" + request.signature();
        FaultRule fault = faults.nextRequestFault(endpoint.name(), source, request.page(), requestKey).orElse(null);
        if (fault != null && fault.kind() == FaultKind.EXPIRED_TOKEN) {
            tokens.revoke(token);
            HttpResponses.tokenExpired(exchange);
            return;
        }
        if (fault != null && TransportFaults.failsBeforeServing(fault.kind())) {
            TransportFaults.fail(exchange, fault);
            return;
        }
        if (fault != null && fault.kind() == FaultKind.TIMEOUT && !TransportFaults.hold(fault)) {
            return;
        }
        if (fault != null && fault.kind() == FaultKind.SHIFTING_PAGES) {
            feed.touchFirstRecord(request.fromEpochSecond());
        }
        byte[] body = page(endpoint, source, feed, request, fault);
        HttpResponses.json(exchange, 200, body);
    }

    private byte[] page(EndpointDefinition endpoint, Source source, Feed feed, PageRequest request, FaultRule fault) {
        FeedPage page = feed.page(request.fromEpochSecond(), request.page(), request.size());
        List<ServedRecord> records = new ArrayList<>(page.records());
        if (!records.isEmpty()
                && faults.pageFault(endpoint.name(), source, FaultKind.DUPLICATE_IN_PAGE, request.page())) {
            records.add(1, records.get(0));
        }
        if (request.page() >= 2 && !records.isEmpty()
                && faults.pageFault(endpoint.name(), source, FaultKind.DUPLICATE_ACROSS_PAGES, request.page())) {
            long lastOfPrevious = (long) (request.page() - 1) * request.size() - 1;
            records.addAll(0, feed.slice(request.fromEpochSecond(), lastOfPrevious, 1).records());
        }
        FaultKind kind = fault == null ? null : fault.kind();
        if (kind == FaultKind.EMPTY_PAGE) {
            records.clear();
        }
        byte[] body = PageRenderer.render(request.page(), page.totalPages(request.size()), page.totalRecords(), records,
                faults.recordFaults(endpoint.name(), source));
        if (kind == FaultKind.TRUNCATED_JSON) {
            return PageRenderer.truncate(body);
        }
        if (kind == FaultKind.INVALID_JSON) {
            return PageRenderer.corrupt(body);
        }
        return body;
    }

    private static String bearerToken(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    /** The validated parameters of a page request. */
    record PageRequest(long fromEpochSecond, int page, int size, String signature) {
        static PageRequest of(QueryParameters parameters) {
            long from = parameters.timestamp("capNhatTu").filter(text -> !text.isEmpty())
                    .map(SimulatorTime::parse).orElse(0L);
            int page = integer(parameters, "trang", 1, 1, Integer.MAX_VALUE);
            int size = integer(parameters, "soLuong", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
            return new PageRequest(from, page, size, "capNhatTu=" + from + "&trang=" + page + "&soLuong=" + size);
        }

        private static int integer(QueryParameters parameters, String name, int defaultValue, int min, int max) {
            Optional<String> text = parameters.get(name).map(String::strip).filter(value -> !value.isEmpty());
            if (text.isEmpty()) {
                return defaultValue;
            }
            int value;
            try {
                value = Integer.parseInt(text.get());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, got '" + text.get() + "'");
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        }
    }
}

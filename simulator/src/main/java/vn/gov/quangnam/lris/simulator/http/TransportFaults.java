package vn.gov.quangnam.lris.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.FaultRule;

import java.io.IOException;

/** What the HTTP-level faults send: 429 and 503 with Retry-After, 500, and the held response of a timeout. */
final class TransportFaults {
    private TransportFaults() {
    }

    static boolean failsBeforeServing(FaultKind kind) {
        return kind == FaultKind.HTTP_429 || kind == FaultKind.HTTP_500 || kind == FaultKind.HTTP_503;
    }

    /** Fails the request as the rule says; a timeout holds it for the rule's delay and then answers 504. */
    static void fail(HttpExchange exchange, FaultRule rule) throws IOException {
        switch (rule.kind()) {
            case HTTP_429 -> {
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(rule.retryAfterSeconds()));
                HttpResponses.error(exchange, 429, "qua_nhieu_yeu_cau",
                        "too many requests; retry after " + rule.retryAfterSeconds() + " s (simulated fault)");
            }
            case HTTP_503 -> {
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(rule.retryAfterSeconds()));
                HttpResponses.error(exchange, 503, "he_thong_tam_ngung",
                        "the source system is unavailable; retry later (simulated fault)");
            }
            case TIMEOUT -> {
                if (hold(rule)) {
                    HttpResponses.error(exchange, 504, "het_thoi_gian_cho",
                            "the source system did not answer in time (simulated fault)");
                }
            }
            default -> HttpResponses.error(exchange, 500, "loi_he_thong",
                    "internal error of the source system (simulated fault)");
        }
    }

    /** Holds the request for the rule's delay; false when the server is shutting down. */
    static boolean hold(FaultRule rule) {
        try {
            Thread.sleep(rule.delay().toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package vn.gov.quangnam.lris.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.faults.ActiveFault;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.FaultRule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fault rules as JSON: {@code {"endpoint":"province","source":"hoso","kind":"http_503","page":3,"times":2,
 * "down":false,"share":0.05,"delayMillis":30000,"retryAfterSeconds":1}}; only endpoint and kind are required.
 */
final class FaultRuleJson {
    private static final Set<String> FIELDS = Set.of("endpoint", "source", "kind", "page", "times", "down", "share",
            "delayMillis", "retryAfterSeconds");

    private FaultRuleJson() {
    }

    /** Reads a rule, an array of rules, or {@code {"faults": [...]}}. */
    static List<FaultRule> read(JsonNode json) {
        List<FaultRule> rules = new ArrayList<>();
        JsonNode list = json.isObject() && json.has("faults") ? json.get("faults") : json;
        if (list.isArray()) {
            list.forEach(node -> rules.add(readOne(node)));
        } else {
            rules.add(readOne(list));
        }
        return rules;
    }

    private static FaultRule readOne(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("a fault rule is a JSON object, got " + node.getNodeType());
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "' in a fault rule; the fields are "
                        + FIELDS.stream().sorted().toList());
            }
        }
        String endpoint = required(node, "endpoint");
        String kindCode = required(node, "kind");
        FaultKind kind = FaultKind.fromCode(kindCode).orElseThrow(() -> new IllegalArgumentException(
                "unknown fault kind '" + kindCode + "'; the kinds are " + FaultKind.knownCodes()));
        Source source = null;
        if (node.hasNonNull("source")) {
            String sourceCode = node.get("source").asText();
            source = Source.fromCode(sourceCode).orElseThrow(() -> new IllegalArgumentException(
                    "unknown source '" + sourceCode + "'; the sources are " + Source.knownCodes()));
        }
        FaultRule rule = FaultRule.of(endpoint, source, kind);
        if (node.hasNonNull("page")) {
            rule = rule.onPage(node.get("page").asInt());
        }
        if (node.hasNonNull("times")) {
            rule = rule.times(node.get("times").asInt());
        }
        if (node.path("down").asBoolean(false)) {
            rule = rule.asDown();
        }
        if (node.hasNonNull("share")) {
            rule = rule.share(node.get("share").asDouble());
        }
        if (node.hasNonNull("delayMillis")) {
            rule = rule.delay(Duration.ofMillis(node.get("delayMillis").asLong()));
        }
        if (node.hasNonNull("retryAfterSeconds")) {
            rule = rule.retryAfterSeconds(node.get("retryAfterSeconds").asInt());
        }
        return rule;
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException("a fault rule needs '" + field + "'");
        }
        return value.asText();
    }

    static Map<String, Object> write(ActiveFault fault) {
        FaultRule rule = fault.rule();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", fault.id());
        json.put("endpoint", rule.endpoint());
        json.put("source", rule.source() == null ? null : rule.source().code());
        json.put("kind", rule.kind().code());
        json.put("category", rule.kind().category().name().toLowerCase(java.util.Locale.ROOT));
        json.put("page", rule.page());
        json.put("times", rule.times());
        json.put("down", rule.down());
        json.put("share", rule.share());
        json.put("delayMillis", rule.delay().toMillis());
        json.put("retryAfterSeconds", rule.retryAfterSeconds());
        json.put("hits", fault.totalHits());
        return json;
    }
}

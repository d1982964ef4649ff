package vn.gov.quangnam.lris.ingestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A row of {@code quality.quarantine}. */
public record QuarantinedRecord(String source, String endpoint, String key, String reason, String payload, long jobExecutionId) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The stable category before the first colon: {@code unknown_unit}, {@code date_out_of_range}, ... */
    public String reasonCategory() {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }

    /** The payload as JSON (every payload the ingestion quarantines is a JSON object, or text that is not JSON at all). */
    public JsonNode payloadJson() {
        try {
            return JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("quarantined payload of " + key + " is not JSON: " + payload, e);
        }
    }

    /** One version of one bad record: its key and the {@code ngayCapNhat} it was sent with. */
    public String version() {
        return endpoint + "|" + key + "|" + payloadJson().path("ngayCapNhat").asText();
    }
}

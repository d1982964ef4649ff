package vn.gov.quangnam.lris.transforms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Raw rows for hand-made test data, with defaults for what a test does not care about. Times are Hanoi local. */
public final class RawRows {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private RawRows() {
    }

    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HANOI).toInstant();
    }

    public static Map<String, Object> dossier(String id, String unit, String received, String promised, String finished) {
        Map<String, Object> row = new HashMap<>();
        row.put("dossier_id", id);
        row.put("unit_code", unit);
        row.put("channel", 1);
        row.put("received_at", at(received));
        row.put("promised_at", promised == null ? null : at(promised));
        row.put("finished_at", finished == null ? null : at(finished));
        row.put("returned_at", finished == null ? null : at(finished));
        row.put("status_code", finished == null ? 4 : 10);
        row.put("supplement_request_count", 0);
        row.put("supplement_seconds", 0L);
        row.put("has_fee", false);
        row.put("online_payment_channel", 0);
        row.put("has_digitized_inputs", false);
        row.put("has_electronic_result", false);
        row.put("is_vneid_authenticated", false);
        row.put("has_apology_letter", false);
        row.put("updated_at", at(finished == null ? received : finished));
        return row;
    }

    public static Map<String, Object> with(Map<String, Object> row, Object... keysAndValues) {
        Map<String, Object> copy = new HashMap<>(row);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }

    public static Map<String, Object> document(String id, String sender, String issued, boolean electronic, boolean signed, int secrecy) {
        Map<String, Object> row = new HashMap<>();
        row.put("document_id", id);
        row.put("sender_unit_code", sender);
        row.put("issued_at", at(issued));
        row.put("is_electronic", electronic);
        row.put("is_digitally_signed", signed);
        row.put("secrecy_level", secrecy);
        row.put("updated_at", at(issued));
        return row;
    }

    public static Map<String, Object> workRecord(String id, String unit, String opened, boolean electronic, int secrecy) {
        Map<String, Object> row = new HashMap<>();
        row.put("work_record_id", id);
        row.put("unit_code", unit);
        row.put("opened_at", at(opened));
        row.put("is_fully_electronic", electronic);
        row.put("secrecy_level", secrecy);
        row.put("updated_at", at(opened));
        return row;
    }

    public static Map<String, Object> result(String id, String unit, String issued, String validUntil, String digitized) {
        Map<String, Object> row = new HashMap<>();
        row.put("result_id", id);
        row.put("unit_code", unit);
        row.put("issued_date", LocalDate.parse(issued));
        row.put("valid_until_date", validUntil == null ? null : LocalDate.parse(validUntil));
        row.put("digitized_date", digitized == null ? null : LocalDate.parse(digitized));
        row.put("updated_at", at(issued + "T12:00:00"));
        return row;
    }

    public static Map<String, Object> formRow(String unit, String month, String indicator, long numerator, long denominator) {
        Map<String, Object> row = new HashMap<>();
        row.put("file_name", unit + "-" + month + ".csv");
        row.put("row_number", 2);
        row.put("unit_code", unit);
        row.put("report_month", month);
        row.put("indicator_code", indicator);
        row.put("numerator", new java.math.BigDecimal(numerator).setScale(2));
        row.put("denominator", new java.math.BigDecimal(denominator).setScale(2));
        row.put("form_sha256", "sha-" + unit + month + indicator);
        row.put("file_modified_at", at(month + "-28T09:00:00"));
        return row;
    }
}

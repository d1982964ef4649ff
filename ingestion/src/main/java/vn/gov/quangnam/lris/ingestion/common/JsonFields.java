package vn.gov.quangnam.lris.ingestion.common;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Typed, checked access to one source record's JSON fields. Every failure is a {@link RecordRejectedException}
 * naming the source field, so the quarantine says exactly what the source sent wrong.
 */
public final class JsonFields {
    private final JsonNode record;
    private final SourceTimestamps timestamps;

    public JsonFields(JsonNode record, SourceTimestamps timestamps) {
        if (record == null || !record.isObject()) {
            throw new RecordRejectedException(RejectionReason.UNPARSEABLE, "the record is not a JSON object");
        }
        this.record = record;
        this.timestamps = timestamps;
    }

    public String requiredCode(String field) {
        String value = SourceText.code(optionalRawText(field));
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    public String optionalCode(String field) {
        return SourceText.code(optionalRawText(field));
    }

    public String optionalText(String field) {
        return SourceText.text(optionalRawText(field));
    }

    public Instant requiredInstant(String field) {
        String value = optionalRawText(field);
        if (value == null || value.isBlank()) {
            throw missing(field);
        }
        return timestamps.instant(field, value);
    }

    public Instant optionalInstant(String field) {
        String value = optionalRawText(field);
        return value == null || value.isBlank() ? null : timestamps.instant(field, value);
    }

    public LocalDate requiredDate(String field) {
        String value = optionalRawText(field);
        if (value == null || value.isBlank()) {
            throw missing(field);
        }
        return timestamps.date(field, value);
    }

    /** A date that may lie far in the future (validity ends); still refused before 2000. */
    public LocalDate optionalFutureDate(String field) {
        String value = optionalRawText(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = timestamps.futureDate(field, value);
        if (date.getYear() < 2000) {
            throw new RecordRejectedException(RejectionReason.DATE_OUT_OF_RANGE, field + " '" + value + "' is before 2000");
        }
        return date;
    }

    public LocalDate optionalDate(String field) {
        String value = optionalRawText(field);
        return value == null || value.isBlank() ? null : timestamps.date(field, value);
    }

    /** A whole number within {@code min..max}; outside is an impossible number. */
    public int requiredInt(String field, int min, int max) {
        Long value = optionalLong(field);
        if (value == null) {
            throw missing(field);
        }
        return checkRange(field, value, min, max);
    }

    /** A whole number within {@code min..max}, 0 when missing (flags sent as numbers). */
    public int requiredIntOrZero(String field, int min, int max) {
        Integer value = optionalInt(field, min, max);
        return value == null ? 0 : value;
    }

    public Integer optionalInt(String field, int min, int max) {
        Long value = optionalLong(field);
        return value == null ? null : checkRange(field, value, min, max);
    }

    public Long optionalLong(String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isTextual()) {
            try {
                return SourceNumbers.decimal(field, value.asText()).longValueExact();
            } catch (ArithmeticException e) {
                throw new RecordRejectedException(RejectionReason.UNPARSEABLE, field + " '" + value.asText() + "' is not a whole number");
            }
        }
        throw new RecordRejectedException(RejectionReason.UNPARSEABLE, field + " " + value + " is not a whole number");
    }

    /** A 0/1 (or true/false) flag; missing means 0. */
    public boolean flag(String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        int number = requiredInt(field, 0, 1);
        return number == 1;
    }

    public JsonNode node(String field) {
        return record.get(field);
    }

    public SourceTimestamps timestamps() {
        return timestamps;
    }

    private String optionalRawText(String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw new RecordRejectedException(RejectionReason.UNPARSEABLE, field + " is " + value.getNodeType().name().toLowerCase()
                    + " where a single value was expected");
        }
        return value.asText();
    }

    private static int checkRange(String field, long value, int min, int max) {
        if (value < min || value > max) {
            throw new RecordRejectedException(RejectionReason.IMPOSSIBLE_NUMBER, field + " = " + value + " is outside " + min + ".." + max);
        }
        return (int) value;
    }

    private static RecordRejectedException missing(String field) {
        return new RecordRejectedException(RejectionReason.MISSING_FIELD, field + " is missing or empty");
    }
}

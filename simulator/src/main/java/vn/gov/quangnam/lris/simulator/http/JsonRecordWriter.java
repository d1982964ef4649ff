package vn.gov.quangnam.lris.simulator.http;

import com.fasterxml.jackson.core.JsonGenerator;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.generation.RecordWriter;
import vn.gov.quangnam.lris.simulator.generation.SimulatorTime;
import vn.gov.quangnam.lris.simulator.generation.TimestampStyle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * Writes records as JSON objects, applying the record's normalisable fault (timestamp style, padded lower-case unit
 * codes, NFD text) and, for the unparseable fault, a garbage value in the record's chosen date field.
 */
final class JsonRecordWriter implements RecordWriter {
    static final String GARBAGE_DATE = "??/??/20xx";

    private final JsonGenerator json;
    private final char[] timestampText = new char[SimulatorTime.MAX_LENGTH];
    private TimestampStyle timestampStyle = TimestampStyle.OFFSET;
    private boolean paddedCodes;
    private boolean nfdText;
    private String garbageField;

    JsonRecordWriter(JsonGenerator json) {
        this.json = requireNonNull(json, "json is null");
    }

    /** Sets up the writer for the next record: {@code fault} may be null; {@code unparseableField} is used only for
     *  the unparseable fault. */
    void prepare(FaultKind fault, String unparseableField) {
        timestampStyle = fault == FaultKind.LOCAL_TIMESTAMP ? TimestampStyle.LOCAL
                : fault == FaultKind.COMPACT_TIMESTAMP ? TimestampStyle.COMPACT : TimestampStyle.OFFSET;
        paddedCodes = fault == FaultKind.PADDED_LOWERCASE_CODE;
        nfdText = fault == FaultKind.NFD_TEXT;
        garbageField = fault == FaultKind.UNPARSEABLE_FIELD ? unparseableField : null;
    }

    @Override
    public void plain(String field, String value) {
        try {
            json.writeStringField(field, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String field, String value) {
        plain(field, nfdText && value != null ? Normalizer.normalize(value, Normalizer.Form.NFD) : value);
    }

    @Override
    public void unitCode(String field, String code) {
        plain(field, paddedCodes ? " " + code.toLowerCase(Locale.ROOT) + "  " : code);
    }

    @Override
    public void timestamp(String field, long epochSecond) {
        if (field.equals(garbageField)) {
            plain(field, GARBAGE_DATE);
        } else if (epochSecond == NO_TIME) {
            nullValue(field);
        } else {
            int length = SimulatorTime.format(epochSecond, timestampStyle, timestampText);
            try {
                json.writeFieldName(field);
                json.writeString(timestampText, 0, length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void date(String field, LocalDate date) {
        if (field.equals(garbageField)) {
            plain(field, GARBAGE_DATE);
        } else if (date == null) {
            nullValue(field);
        } else {
            plain(field, SimulatorTime.formatDate(date));
        }
    }

    @Override
    public void number(String field, long value) {
        try {
            json.writeNumberField(field, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void nullValue(String field) {
        try {
            json.writeNullField(field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void startArray(String field) {
        try {
            json.writeArrayFieldStart(field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void endArray() {
        try {
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void startObject() {
        try {
            json.writeStartObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void endObject() {
        try {
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.gov.quangnam.lris.simulator.truth;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;

/**
 * Writes the truth as JSON (the format of {@code GET /admin/truth}, described in the README), streaming, so that a
 * million records do not need a million objects at once. Without records, only counts, bad and normalised records.
 */
public final class TruthJson {
    private static final JsonFactory JSON = new JsonFactory();

    private TruthJson() {
    }

    public static void write(Truth truth, boolean includeRecords, OutputStream output) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(output, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("seed", truth.seed());
            json.writeStringField("clockDay", truth.clockDay().toString());
            json.writeArrayFieldStart("feeds");
            for (FeedTruth feed : truth.feeds()) {
                writeFeed(json, feed, includeRecords);
            }
            json.writeEndArray();
            json.writeFieldName("forms");
            if (truth.forms().isPresent()) {
                writeForms(json, truth.forms().get());
            } else {
                json.writeNull();
            }
            json.writeEndObject();
        }
    }

    private static void writeFeed(JsonGenerator json, FeedTruth feed, boolean includeRecords) throws IOException {
        json.writeStartObject();
        json.writeStringField("endpoint", feed.endpoint());
        json.writeStringField("source", feed.source().code());
        json.writeStringField("kind", feed.kind().code());
        json.writeNumberField("recordCount", feed.records().size());
        json.writeNumberField("acceptedCount", feed.acceptedCount());
        if (includeRecords) {
            json.writeArrayFieldStart("records");
            for (RecordTruth record : feed.records()) {
                json.writeStartObject();
                json.writeStringField("key", record.key());
                json.writeStringField("unitCode", record.unitCode());
                json.writeStringField("updatedAt", record.updatedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                json.writeStringField("businessDate", record.businessDate().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("countsPerUnitAndDay");
        for (UnitDayCount count : feed.countsPerUnitAndDay()) {
            json.writeStartObject();
            json.writeStringField("unitCode", count.unitCode());
            json.writeStringField("day", count.day().toString());
            json.writeNumberField("count", count.count());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("badRecords");
        for (BadRecord bad : feed.badRecords()) {
            json.writeStartObject();
            json.writeStringField("key", bad.key());
            json.writeStringField("fault", bad.fault().code());
            json.writeStringField("reason", bad.reason().code());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("normalisedRecords");
        for (NormalisedRecord normalised : feed.normalisedRecords()) {
            json.writeStartObject();
            json.writeStringField("key", normalised.key());
            json.writeStringField("fault", normalised.fault().code());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeForms(JsonGenerator json, FormsTruth forms) throws IOException {
        json.writeStartObject();
        json.writeStringField("endpoint", forms.endpoint());
        json.writeStringField("inbox", forms.inbox().toAbsolutePath().toString());
        json.writeArrayFieldStart("files");
        for (FormFileTruth file : forms.files()) {
            json.writeStartObject();
            json.writeStringField("fileName", file.fileName());
            json.writeStringField("unitCode", file.unitCode());
            json.writeStringField("month", file.month().toString());
            json.writeStringField("format", file.format().extension());
            json.writeStringField("fault", file.fault() == null ? null : file.fault().code());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("expectedRows");
        for (ExpectedFormRow row : forms.expectedRows()) {
            json.writeStartObject();
            json.writeStringField("unitCode", row.unitCode());
            json.writeStringField("month", row.month().toString());
            json.writeStringField("indicator", row.indicator());
            json.writeNumberField("numerator", row.numerator());
            json.writeNumberField("denominator", row.denominator());
            json.writeStringField("fileName", row.fileName());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("badRows");
        for (BadFormRow row : forms.badRows()) {
            json.writeStartObject();
            json.writeStringField("fileName", row.fileName());
            json.writeStringField("indicator", row.indicator());
            json.writeStringField("fault", row.fault().code());
            json.writeStringField("reason", row.reason().code());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("normalisedFiles");
        for (NormalisedFile file : forms.normalisedFiles()) {
            json.writeStartObject();
            json.writeStringField("fileName", file.fileName());
            json.writeStringField("fault", file.fault().code());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}

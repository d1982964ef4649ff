package vn.gov.quangnam.lris.simulator.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import vn.gov.quangnam.lris.simulator.faults.FaultCategory;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.RecordFaultSelector;
import vn.gov.quangnam.lris.simulator.generation.ServedRecord;
import vn.gov.quangnam.lris.simulator.generation.SimulatedRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Renders a page as the contract's envelope, {@code {"trang":n,"tongSoTrang":N,"tongSoBanGhi":M,"duLieu":[...]}},
 * with each record's fault applied; and spoils a rendered page for the truncated and invalid JSON faults.
 */
final class PageRenderer {
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] GARBAGE = "<<loi ket noi>> #@!".getBytes(StandardCharsets.UTF_8);

    private PageRenderer() {
    }

    static byte[] render(int page, int totalPages, long totalRecords, List<ServedRecord> records,
                         RecordFaultSelector faults) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512 + records.size() * 640);
        try (JsonGenerator json = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("trang", page);
            json.writeNumberField("tongSoTrang", totalPages);
            json.writeNumberField("tongSoBanGhi", totalRecords);
            json.writeArrayFieldStart("duLieu");
            JsonRecordWriter writer = new JsonRecordWriter(json);
            for (ServedRecord served : records) {
                FaultKind fault = faults.select(served.id());
                SimulatedRecord record = served.record();
                if (fault != null && fault.category() == FaultCategory.BAD) {
                    record = record.withFault(fault);
                }
                writer.prepare(fault, record.unparseableField());
                json.writeStartObject();
                record.write(writer, served.version(), served.updatedAt());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render a page: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** The first half of the page: JSON that ends in the middle. */
    static byte[] truncate(byte[] page) {
        return Arrays.copyOf(page, Math.max(1, page.length / 2));
    }

    /** The page with garbage between two records near its middle (or at the start of the list): not JSON any more. */
    static byte[] corrupt(byte[] page) {
        String text = new String(page, StandardCharsets.UTF_8);
        int boundary = text.indexOf("},{", text.length() / 2);
        int at = boundary >= 0 ? boundary + 2 : text.indexOf('[') + 1;
        String spoiled = text.substring(0, at) + new String(GARBAGE, StandardCharsets.UTF_8) + text.substring(at);
        return spoiled.getBytes(StandardCharsets.UTF_8);
    }
}

package vn.gov.quangnam.lris.simulator.generation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes a record as {@code field=value;...} text, for comparing records in tests. */
public final class RecordText implements RecordWriter {
    private final StringBuilder text = new StringBuilder();

    public static String of(ServedRecord served) {
        RecordText writer = new RecordText();
        served.record().write(writer, served.version(), served.updatedAt());
        return writer.text.toString();
    }

    /** All visible records of a feed, as text, in page order. */
    public static List<String> all(Feed feed) {
        List<String> records = new ArrayList<>();
        feed.forEachVisible(served -> records.add(of(served)));
        return records;
    }

    private void field(String field, Object value) {
        text.append(field).append('=').append(value).append(';');
    }

    @Override
    public void plain(String field, String value) {
        field(field, value);
    }

    @Override
    public void text(String field, String value) {
        field(field, value);
    }

    @Override
    public void unitCode(String field, String code) {
        field(field, code);
    }

    @Override
    public void timestamp(String field, long epochSecond) {
        field(field, epochSecond == NO_TIME ? null : SimulatorTime.format(epochSecond, TimestampStyle.OFFSET));
    }

    @Override
    public void date(String field, LocalDate date) {
        field(field, date);
    }

    @Override
    public void number(String field, long value) {
        field(field, value);
    }

    @Override
    public void nullValue(String field) {
        field(field, null);
    }

    @Override
    public void startArray(String field) {
        text.append(field).append("=[");
    }

    @Override
    public void endArray() {
        text.append("];");
    }

    @Override
    public void startObject() {
        text.append('{');
    }

    @Override
    public void endObject() {
        text.append('}');
    }
}

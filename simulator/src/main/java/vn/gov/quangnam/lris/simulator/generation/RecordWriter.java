package vn.gov.quangnam.lris.simulator.generation;

import java.time.LocalDate;

/**
 * Where a simulated record writes its fields, by kind of field, so that the writer can apply the normalisable
 * faults (timestamp style, padded lower-case codes, NFD text) and a garbage value without the record knowing.
 */
public interface RecordWriter {
    /** A record key or another value written exactly as given. */
    void plain(String field, String value);

    /** Vietnamese text (may be written in NFD). */
    void text(String field, String value);

    /** A unit code (may be written with stray spaces and in lower case). */
    void unitCode(String field, String code);

    /** An instant in epoch seconds, or {@link #NO_TIME} for null. */
    void timestamp(String field, long epochSecond);

    /** A calendar date ({@code yyyy-MM-dd}), or null. */
    void date(String field, LocalDate date);

    void number(String field, long value);

    void nullValue(String field);

    void startArray(String field);

    void endArray();

    void startObject();

    void endObject();

    /** The value of {@link #timestamp} that writes null. */
    long NO_TIME = Long.MIN_VALUE;
}

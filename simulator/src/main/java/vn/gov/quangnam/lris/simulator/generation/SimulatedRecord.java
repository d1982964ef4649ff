package vn.gov.quangnam.lris.simulator.generation;

import vn.gov.quangnam.lris.simulator.faults.FaultKind;

import java.time.LocalDate;

/**
 * One simulated source record over its whole life: the versions it goes through (received, finished, returned...),
 * each with the instant it was changed ({@code ngayCapNhat}), and how each version is written. Records are
 * immutable and regenerated on demand from their {@link RecordOrigin}.
 */
public interface SimulatedRecord {
    String key();

    /** The code of the unit that produced the record (before any fault). */
    String unitCode();

    /** The day that counts the record: received, issued, opened. */
    LocalDate businessDate();

    int versionCount();

    /** When version {@code version} was written (epoch seconds), ascending with the version. */
    long versionTime(int version);

    /** Writes the record as it was at {@code version}, with {@code ngayCapNhat} = {@code updatedAt}. */
    void write(RecordWriter out, int version, long updatedAt);

    /**
     * This record with a bad value for the given {@link vn.gov.quangnam.lris.simulator.faults.FaultCategory#BAD}
     * fault (the unparseable fault is the writer's: see {@link #unparseableField()}).
     */
    SimulatedRecord withFault(FaultKind kind);

    /** The always-present date field that the unparseable fault fills with garbage. */
    String unparseableField();
}

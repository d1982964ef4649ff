package vn.gov.quangnam.lris.simulator.generation;

import static java.util.Objects.requireNonNull;

/** A record as a feed serves it now: its id in the feed, the record, its visible version and {@code ngayCapNhat}. */
public record ServedRecord(int id, SimulatedRecord record, int version, long updatedAt) {
    public ServedRecord {
        requireNonNull(record, "record is null");
    }
}

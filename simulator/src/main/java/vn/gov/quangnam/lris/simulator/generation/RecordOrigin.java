package vn.gov.quangnam.lris.simulator.generation;

import vn.gov.quangnam.lris.schema.reference.units.Unit;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** What a record is regenerated from: its unit interval, its day, its ordinal among the unit's records of that day,
 *  and its key. */
public record RecordOrigin(Unit unit, LocalDate day, int ordinal, String key) {
    public RecordOrigin {
        requireNonNull(unit, "unit is null");
        requireNonNull(day, "day is null");
        requireNonNull(key, "key is null");
    }
}

package vn.gov.quangnam.lris.simulator.truth;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** How many records a correct ingestion accepts for a unit and business date. */
public record UnitDayCount(String unitCode, LocalDate day, int count) {
    public UnitDayCount {
        requireNonNull(unitCode, "unitCode is null");
        requireNonNull(day, "day is null");
    }
}

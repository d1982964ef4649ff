package vn.gov.quangnam.lris.schema.reference.units;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * One validity interval of a unit: its name, type, level and parent from {@code validFrom} to {@code validTo}
 * (both inclusive; {@code validTo} null while still valid).
 */
public record Unit(String code, String name, String type, UnitLevel level, String parentCode,
                   LocalDate validFrom, LocalDate validTo, String successorCode, String sourceFile, int sourceLine) {
    public Unit {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(level, "level is null");
        requireNonNull(validFrom, "validFrom is null");
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** The last day of the interval, or {@link LocalDate#MAX} while still valid. */
    public LocalDate lastDay() {
        return validTo == null ? LocalDate.MAX : validTo;
    }

    public String location() {
        return sourceFile + " line " + sourceLine;
    }
}

package vn.gov.quangnam.lris.schema.reference.periods;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** A reporting or calendar period, e.g. {@code R2024-03} = 2024-02-15..2024-03-14. Dates are inclusive. */
public record Period(String id, PeriodType type, PeriodCalendar calendar, int year, int sequence,
                     LocalDate startDate, LocalDate endDate, String labelVi, String labelEn) {
    public Period {
        requireNonNull(id, "id is null");
        requireNonNull(type, "type is null");
        requireNonNull(calendar, "calendar is null");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("period " + id + " ends before it starts");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}

package vn.gov.quangnam.lris.simulator.forms;

import java.time.LocalDate;

/** A cell of a form as the spreadsheet holds it. */
public sealed interface FormCell {
    record Text(String value) implements FormCell {
    }

    record Number(long value) implements FormCell {
    }

    /** A date cell (Excel stores a serial number) shown as {@code MM/yyyy}; in CSV it becomes {@code dd/MM/yyyy}. */
    record MonthDate(LocalDate value) implements FormCell {
    }
}

package vn.gov.quangnam.lris.simulator.forms;

import vn.gov.quangnam.lris.schema.reference.units.Unit;

import java.time.YearMonth;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** The form one unit sends for one month, before any fault. */
public record MonthlyForm(Unit unit, YearMonth month, FormFormat format, List<FormRow> rows) {
    public MonthlyForm {
        requireNonNull(unit, "unit is null");
        requireNonNull(month, "month is null");
        requireNonNull(format, "format is null");
        rows = List.copyOf(rows);
    }

    /** {@code <unit code>_<yyyy-MM>.<csv|xlsx>} */
    public String fileName() {
        return unit.code() + "_" + month + "." + format.extension();
    }

    /** The name of the same form sent a second time. */
    public String resentFileName() {
        return unit.code() + "_" + month + "_gui-lai." + format.extension();
    }
}

package vn.gov.quangnam.lris.simulator.forms;

import java.util.List;

/** The rows of a form file as written (title, header, data and blank rows). */
public record FormSheet(List<List<FormCell>> rows) {
    public FormSheet {
        rows = rows.stream().map(List::copyOf).toList();
    }
}

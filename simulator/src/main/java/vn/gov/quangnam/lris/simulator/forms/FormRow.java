package vn.gov.quangnam.lris.simulator.forms;

import static java.util.Objects.requireNonNull;

/** One indicator's figures on a form: numerator (Tử số), denominator (Mẫu số) and a note (Ghi chú, may be empty). */
public record FormRow(String indicator, long numerator, long denominator, String note) {
    public FormRow {
        requireNonNull(indicator, "indicator is null");
        requireNonNull(note, "note is null");
    }
}

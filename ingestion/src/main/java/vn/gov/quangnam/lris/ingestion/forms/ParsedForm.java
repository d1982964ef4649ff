package vn.gov.quangnam.lris.ingestion.forms;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A form file read into its data rows (cells by column), with the hash of its normalised content, or the problem
 * that made it unreadable as a whole.
 */
record ParsedForm(String fileName, Instant modifiedAt, List<Row> rows, String contentSha256, String problem) {

    /** A data row: its row number as a spreadsheet shows it, and its cells. */
    record Row(int number, Map<FormColumn, String> cells) {
    }

    static ParsedForm unreadable(String fileName, Instant modifiedAt, String problem) {
        return new ParsedForm(fileName, modifiedAt, List.of(), null, problem);
    }

    boolean isReadable() {
        return problem == null;
    }
}

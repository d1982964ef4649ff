package vn.gov.quangnam.lris.simulator.forms;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a form sheet as CSV (UTF-8, comma-separated, CRLF line ends as spreadsheets export them). A blank row is a
 * row of empty fields; values with commas or quotes are quoted; a date cell becomes {@code dd/MM/yyyy}.
 */
public final class CsvFormWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CsvFormWriter() {
    }

    public static byte[] write(FormSheet sheet) {
        int width = sheet.rows().stream().mapToInt(List::size).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (List<FormCell> row : sheet.rows()) {
            int columns = row.isEmpty() ? width : row.size();
            for (int column = 0; column < columns; column++) {
                if (column > 0) {
                    text.append(',');
                }
                if (column < row.size()) {
                    text.append(quote(render(row.get(column))));
                }
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String render(FormCell cell) {
        if (cell instanceof FormCell.Number number) {
            return Long.toString(number.value());
        }
        if (cell instanceof FormCell.MonthDate date) {
            return date.value().format(DATE);
        }
        return ((FormCell.Text) cell).value();
    }

    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}

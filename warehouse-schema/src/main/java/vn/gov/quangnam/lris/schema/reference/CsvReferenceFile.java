package vn.gov.quangnam.lris.schema.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reference CSV file read with line numbers: UTF-8, a header row, comma-separated, double quotes around fields that
 * contain commas; lines starting with {@code #} and blank lines are ignored (they document the file).
 */
public final class CsvReferenceFile {
    private final String fileName;
    private final List<Row> rows;

    private CsvReferenceFile(String fileName, List<Row> rows) {
        this.fileName = fileName;
        this.rows = rows;
    }

    /** One data row: its 1-based line number in the file and its values by column name. */
    public record Row(String file, int line, Map<String, String> values) {
        /** The trimmed value, or null when the column is empty. */
        public String optional(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** Parses the file; a missing required column or a row with the wrong number of fields is a problem. */
    public static CsvReferenceFile read(ReferenceFile file, List<String> requiredColumns) {
        String[] lines = file.read().replace("\r\n", "\n").split("\n", -1);
        List<ReferenceProblem> problems = new ArrayList<>();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (int index = 0; index < lines.length; index++) {
            String line = index == 0 ? lines[index].replace("\uFEFF", "") : lines[index];
            int lineNumber = index + 1;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields;
            try {
                fields = split(line);
            } catch (IllegalArgumentException e) {
                problems.add(new ReferenceProblem(file.name(), lineNumber, e.getMessage()));
                continue;
            }
            if (header == null) {
                header = fields.stream().map(String::strip).toList();
                for (String column : requiredColumns) {
                    if (!header.contains(column)) {
                        problems.add(new ReferenceProblem(file.name(), lineNumber, "the header has no column '" + column
                                + "'; expected columns: " + String.join(",", requiredColumns)));
                    }
                }
                continue;
            }
            if (fields.size() != header.size()) {
                problems.add(new ReferenceProblem(file.name(), lineNumber, "has " + fields.size() + " fields, the header has "
                        + header.size() + "; quote values that contain commas"));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int column = 0; column < header.size(); column++) {
                values.put(header.get(column), fields.get(column));
            }
            rows.add(new Row(file.name(), lineNumber, values));
        }
        if (header == null) {
            problems.add(new ReferenceProblem(file.name(), 0, "the file is empty: it needs a header row and data rows"));
        }
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
        return new CsvReferenceFile(file.name(), List.copyOf(rows));
    }

    public String fileName() {
        return fileName;
    }

    public List<Row> rows() {
        return rows;
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted value is not closed");
        }
        fields.add(field.toString());
        return fields;
    }
}

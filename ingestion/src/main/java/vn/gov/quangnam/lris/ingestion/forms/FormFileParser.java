package vn.gov.quangnam.lris.ingestion.forms;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.gov.quangnam.lris.ingestion.common.PayloadHash;
import vn.gov.quangnam.lris.ingestion.common.SourceText;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a form file (CSV or XLSX) as spreadsheets produce them: a title row or two above the header, header
 * variants, blank rows, Excel date cells. The header is the first of the first ten rows that names every required
 * column; rows below it with no value in any column are skipped.
 */
final class FormFileParser {
    private static final int HEADER_SEARCH_ROWS = 10;

    private FormFileParser() {
    }

    static ParsedForm parse(Path file) {
        String name = file.getFileName().toString();
        Instant modifiedAt;
        List<List<String>> grid;
        try {
            modifiedAt = Files.getLastModifiedTime(file).toInstant();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".csv")) {
                grid = csvGrid(Files.readString(file, StandardCharsets.UTF_8));
            } else if (lower.endsWith(".xlsx")) {
                grid = xlsxGrid(file);
            } else {
                return ParsedForm.unreadable(name, Instant.EPOCH, "unsupported file type: send the form as .csv (UTF-8) or .xlsx");
            }
        } catch (IOException | RuntimeException e) {
            return ParsedForm.unreadable(name, Instant.EPOCH, "the file cannot be read as a spreadsheet (" + e.getMessage() + ")");
        }
        return toForm(name, modifiedAt, grid);
    }

    private static ParsedForm toForm(String name, Instant modifiedAt, List<List<String>> grid) {
        for (int index = 0; index < Math.min(HEADER_SEARCH_ROWS, grid.size()); index++) {
            Map<Integer, FormColumn> header = header(grid.get(index));
            if (header.values().containsAll(List.of(FormColumn.UNIT, FormColumn.PERIOD, FormColumn.INDICATOR,
                    FormColumn.NUMERATOR, FormColumn.DENOMINATOR))) {
                return dataRows(name, modifiedAt, grid, index, header);
            }
        }
        return ParsedForm.unreadable(name, modifiedAt, "no header row naming Mã đơn vị, Kỳ báo cáo, Mã chỉ tiêu, Tử số "
                + "and Mẫu số in the first " + HEADER_SEARCH_ROWS + " rows; use the province's form template");
    }

    private static ParsedForm dataRows(String name, Instant modifiedAt, List<List<String>> grid, int headerIndex,
                                       Map<Integer, FormColumn> header) {
        List<ParsedForm.Row> rows = new ArrayList<>();
        StringBuilder content = new StringBuilder();
        for (int index = headerIndex + 1; index < grid.size(); index++) {
            List<String> cells = grid.get(index);
            Map<FormColumn, String> values = new EnumMap<>(FormColumn.class);
            header.forEach((position, column) -> {
                String value = position < cells.size() ? SourceText.text(cells.get(position)) : null;
                if (value != null) {
                    values.put(column, value);
                }
            });
            if (values.isEmpty()) {
                continue;
            }
            rows.add(new ParsedForm.Row(index + 1, values));
            values.forEach((column, value) -> content.append(column.name()).append('=').append(value).append('\u001f'));
            content.append('\n');
        }
        return new ParsedForm(name, modifiedAt, rows, PayloadHash.of(content.toString()), null);
    }

    private static Map<Integer, FormColumn> header(List<String> cells) {
        Map<Integer, FormColumn> header = new java.util.HashMap<>();
        for (int position = 0; position < cells.size(); position++) {
            int column = position;
            FormColumn.ofHeader(cells.get(position)).filter(kind -> !header.containsValue(kind))
                    .ifPresent(kind -> header.put(column, kind));
        }
        return header;
    }

    private static List<List<String>> csvGrid(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> grid = new ArrayList<>();
        char delimiter = content.lines().limit(HEADER_SEARCH_ROWS).anyMatch(line -> count(line, ';') > count(line, ',')) ? ';' : ',';
        for (String line : content.split("\r?\n", -1)) {
            grid.add(splitCsv(line, delimiter));
        }
        return grid;
    }

    private static List<String> splitCsv(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static List<List<String>> xlsxGrid(Path file) throws IOException {
        List<List<String>> grid = new ArrayList<>();
        try (InputStream input = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(input)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int index = 0; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                        cells.add(cellText(row.getCell(column)));
                    }
                }
                grid.add(cells);
            }
        }
        return grid;
    }

    /** A cell as text: numbers without float noise, date cells as ISO dates (an Excel date for the period). */
    private static String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static long count(String line, char character) {
        return line.chars().filter(c -> c == character).count();
    }
}

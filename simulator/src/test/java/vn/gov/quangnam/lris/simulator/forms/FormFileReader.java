package vn.gov.quangnam.lris.simulator.forms;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a form file back as text cells, the XLSX ones with Apache POI: numbers as whole numbers, date cells as
 * {@code date:yyyy-MM-dd}; CSV with quotes.
 */
final class FormFileReader {
    private FormFileReader() {
    }

    static List<List<String>> read(Path file) throws IOException {
        return file.toString().endsWith(".xlsx") ? readXlsx(file) : readCsv(file);
    }

    private static List<List<String>> readXlsx(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream input = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(input)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int index = 0; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int column = 0; column < row.getLastCellNum(); column++) {
                        cells.add(text(row.getCell(column)));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return "date:" + cell.getLocalDateTimeCellValue().toLocalDate();
            }
            return Long.toString((long) cell.getNumericCellValue());
        }
        return cell.getStringCellValue();
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\r\n", -1)) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char character = line.charAt(i);
                if (quoted) {
                    if (character == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (character == '"') {
                        quoted = false;
                    } else {
                        cell.append(character);
                    }
                } else if (character == '"') {
                    quoted = true;
                } else if (character == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(character);
                }
            }
            cells.add(cell.toString());
            rows.add(cells);
        }
        if (!rows.isEmpty() && rows.get(rows.size() - 1).equals(List.of(""))) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }
}

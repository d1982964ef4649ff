package vn.gov.quangnam.lris.simulator.forms;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a form sheet as an XLSX workbook with one sheet, {@code Báo cáo}: text cells, numeric cells, and date cells
 * formatted {@code mm/yyyy}; a blank row has no cells.
 */
public final class XlsxFormWriter {
    public static final String SHEET_NAME = "Báo cáo";

    private XlsxFormWriter() {
    }

    public static byte[] write(FormSheet sheet) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet target = workbook.createSheet(SHEET_NAME);
            CellStyle monthStyle = workbook.createCellStyle();
            monthStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("mm/yyyy"));
            for (int rowIndex = 0; rowIndex < sheet.rows().size(); rowIndex++) {
                List<FormCell> cells = sheet.rows().get(rowIndex);
                Row row = target.createRow(rowIndex);
                for (int column = 0; column < cells.size(); column++) {
                    write(row.createCell(column), cells.get(column), monthStyle);
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a form workbook: " + e.getMessage(), e);
        }
    }

    private static void write(Cell cell, FormCell value, CellStyle monthStyle) {
        if (value instanceof FormCell.Number number) {
            cell.setCellValue(number.value());
        } else if (value instanceof FormCell.MonthDate date) {
            cell.setCellValue(date.value());
            cell.setCellStyle(monthStyle);
        } else {
            cell.setCellValue(((FormCell.Text) value).value());
        }
    }
}

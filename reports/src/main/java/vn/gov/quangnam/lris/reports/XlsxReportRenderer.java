package vn.gov.quangnam.lris.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The breaches of a report as an Excel sheet that officials filter: a header row with an autofilter, the header
 * frozen, one row per breach, figures as numeric cells (percentages as numbers such as 45.2, formatted 0.00).
 */
public final class XlsxReportRenderer {
    /** The sheet's columns, in order; tests and readers find them by these headers. */
    public static final List<String> HEADERS = List.of("Mã đơn vị", "Đơn vị", "Mã chỉ tiêu", "Chỉ tiêu", "Mã kỳ", "Kỳ",
            "Kết quả (%)", "Mục tiêu (%)", "Chênh lệch (điểm %)", "Số kỳ liên tiếp", "Mức độ", "Tình trạng",
            "Dự báo cuối năm (%)", "Văn bản giao chỉ tiêu");
    public static final String SHEET_NAME = "Vi phạm";

    public byte[] render(BreachReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            CellStyle header = headerStyle(workbook);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Row headerRow = sheet.createRow(0);
            for (int column = 0; column < HEADERS.size(); column++) {
                Cell cell = headerRow.createCell(column);
                cell.setCellValue(HEADERS.get(column));
                cell.setCellStyle(header);
            }
            int index = 1;
            for (ReportRow row : report.rows()) {
                writeRow(sheet.createRow(index++), row, number);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, index - 1), 0, HEADERS.size() - 1));
            sheet.createFreezePane(0, 1);
            for (int column = 0; column < HEADERS.size(); column++) {
                sheet.setColumnWidth(column, column == 13 ? 80 * 256 : column == 3 ? 50 * 256 : 16 * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XLSX of " + report.fileBaseName() + ": " + e.getMessage(), e);
        }
    }

    private static void writeRow(Row sheetRow, ReportRow row, CellStyle number) {
        int column = 0;
        sheetRow.createCell(column++).setCellValue(row.unitCode());
        sheetRow.createCell(column++).setCellValue(row.unitName());
        sheetRow.createCell(column++).setCellValue(row.indicatorCode());
        sheetRow.createCell(column++).setCellValue(row.indicatorName());
        sheetRow.createCell(column++).setCellValue(row.periodId());
        sheetRow.createCell(column++).setCellValue(row.periodLabel());
        numeric(sheetRow, column++, row.valuePct(), number);
        numeric(sheetRow, column++, row.targetPct(), number);
        numeric(sheetRow, column++, row.gapPct(), number);
        sheetRow.createCell(column++).setCellValue(row.consecutivePeriods());
        sheetRow.createCell(column++).setCellValue(row.severityVi());
        sheetRow.createCell(column++).setCellValue(row.changeVi());
        numeric(sheetRow, column++, row.projectedYearEndPct(), number);
        sheetRow.createCell(column).setCellValue(row.sourceDocument());
    }

    private static void numeric(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }
}

package vn.gov.quangnam.lris.reports;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads reports back as a person would see them: PDF text, spreadsheet rows, e-mail parts. */
final class ReportReadBack {
    private ReportReadBack() {
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** A spreadsheet row as the breach it shows: unit, indicator, period, value, target, gap, consecutive periods. */
    record SheetBreach(String unitCode, String indicatorCode, String periodId, BigDecimal valuePct,
                       BigDecimal targetPct, BigDecimal gapPct, int consecutivePeriods) {
        static SheetBreach of(Breach breach) {
            return new SheetBreach(breach.unitCode(), breach.indicatorCode(), breach.periodId(),
                    breach.valuePct().stripTrailingZeros(), breach.targetPct().stripTrailingZeros(),
                    breach.gapPct().stripTrailingZeros(), breach.consecutivePeriods());
        }
    }

    static List<SheetBreach> xlsxBreaches(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(XlsxReportRenderer.SHEET_NAME);
            List<SheetBreach> rows = new ArrayList<>();
            for (int index = 1; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                rows.add(new SheetBreach(row.getCell(0).getStringCellValue(), row.getCell(2).getStringCellValue(),
                        row.getCell(4).getStringCellValue(), number(row.getCell(6)), number(row.getCell(7)),
                        number(row.getCell(8)), (int) row.getCell(9).getNumericCellValue()));
            }
            return rows;
        }
    }

    private static BigDecimal number(Cell cell) {
        if (cell.getCellType() != CellType.NUMERIC) {
            throw new AssertionError("cell " + cell.getAddress() + " is " + cell.getCellType() + ", not a number");
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
    }

    /** The parts of a received message by file name; the HTML body under "body". */
    static Map<String, byte[]> parts(MimeMessage message) throws MessagingException, IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        for (int index = 0; index < multipart.getCount(); index++) {
            BodyPart part = multipart.getBodyPart(index);
            String name = part.getFileName() == null ? "body" : part.getFileName();
            parts.put(name, part.getInputStream().readAllBytes());
        }
        return parts;
    }
}

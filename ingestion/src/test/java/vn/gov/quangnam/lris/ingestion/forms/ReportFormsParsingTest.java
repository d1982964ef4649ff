package vn.gov.quangnam.lris.ingestion.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.quangnam.lris.ingestion.common.JsonFields;
import vn.gov.quangnam.lris.ingestion.common.ProcessedRecord;
import vn.gov.quangnam.lris.ingestion.common.SourceRecord;
import vn.gov.quangnam.lris.ingestion.common.SourceRecordProcessor;
import vn.gov.quangnam.lris.ingestion.common.SourceTimestamps;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;
import vn.gov.quangnam.lris.schema.reference.indicators.IndicatorCatalogue;
import vn.gov.quangnam.lris.schema.reference.units.UnitCatalogue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormsParsingTest {
    private static final SourceRecordProcessor PROCESSOR = new SourceRecordProcessor(new ReportFormRowMapper(
            new UnitResolver(UnitCatalogue.load(ReferenceFiles.bundled().unitFiles())),
            IndicatorCatalogue.load(ReferenceFiles.bundled().indicatorsFile())),
            new SourceTimestamps(SourceTimestamps.DEFAULT_ZONE, Instant.now()));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path inbox;

    @Test
    void aCsvWithATitleRowHeaderVariantsBlankRowsAndVietnameseNumbersIsRead() throws Exception {
        Path file = inbox.resolve("20335-2024-03.csv");
        Files.writeString(file, "\uFEFFBÁO CÁO SỐ LIỆU THÁNG 3/2024;;;;;\n"
                + "Ma don vi;Ky bao cao;Ma chi tieu;Tu so;Mau so;Ghi chu;Người lập\n"
                + ";;;;;\n"
                + "20335;03/2024;e_processing;1.234;1.500;;Nguyễn Văn A\n"
                + "Phường Tân Thạnh;3/2024;online_payment;12,5;40;đã rà soát;\n", StandardCharsets.UTF_8);

        ParsedForm form = FormFileParser.parse(file);

        assertThat(form.isReadable()).isTrue();
        assertThat(form.rows()).extracting(ParsedForm.Row::number).containsExactly(4, 5);
        List<ProcessedRecord> processed = processAll(form);
        assertThat(processed).allSatisfy(record -> assertThat(record).isInstanceOf(ProcessedRecord.Landed.class));
        assertThat(((ProcessedRecord.Landed) processed.get(0)).row().columns())
                .containsEntry("unit_code", "20335").containsEntry("report_month", "2024-03")
                .containsEntry("numerator", new BigDecimal("1234.00")).containsEntry("denominator", new BigDecimal("1500.00"));
        assertThat(((ProcessedRecord.Landed) processed.get(1)).row().columns())
                .containsEntry("unit_code", "20335").containsEntry("numerator", new BigDecimal("12.50"))
                .containsEntry("note", "đã rà soát");
    }

    @Test
    void anXlsxWithAnExcelDatePeriodIsReadAndItsContentHashIgnoresTheFileBytes() throws Exception {
        Path first = writeXlsx(inbox.resolve("a.xlsx"));
        Path second = writeXlsx(inbox.resolve("b.xlsx"));

        ParsedForm form = FormFileParser.parse(first);

        assertThat(form.rows()).singleElement().satisfies(row -> assertThat(row.cells())
                .containsEntry(FormColumn.PERIOD, "2024-03-01").containsEntry(FormColumn.UNIT, "20335"));
        assertThat(((ProcessedRecord.Landed) processAll(form).get(0)).row().columns()).containsEntry("report_month", "2024-03");
        assertThat(FormFileParser.parse(second).contentSha256()).isEqualTo(form.contentSha256());
    }

    @Test
    void badRowsAndUnreadableFilesAreRejectedWithTheirReason() throws Exception {
        Path file = inbox.resolve("bad.csv");
        Files.writeString(file, "Mã đơn vị,Kỳ báo cáo,Mã chỉ tiêu,Tử số,Mẫu số\n"
                + "20335,03/2024,e_processing,120,100\n"
                + "Xã Không Có,03/2024,e_processing,1,2\n"
                + "20335,13/2024,e_processing,1,2\n"
                + "20335,03/2024,chi_tieu_la,1,2\n", StandardCharsets.UTF_8);
        assertThat(processAll(FormFileParser.parse(file))).extracting(record -> ((ProcessedRecord.Quarantined) record).reason())
                .satisfiesExactly(
                        reason -> assertThat(reason).startsWith("impossible_number: Tử số 120 is greater than Mẫu số 100"),
                        reason -> assertThat(reason).startsWith("unknown_unit: maDonVi 'XÃ KHÔNG CÓ' is not a unit"),
                        reason -> assertThat(reason).startsWith("unparseable: Kỳ báo cáo '13/2024' is not a month"),
                        reason -> assertThat(reason).startsWith("unparseable: Mã chỉ tiêu 'chi_tieu_la' is not an indicator"));
        Files.writeString(inbox.resolve("notes.txt"), "hello");
        assertThat(FormFileParser.parse(inbox.resolve("notes.txt")).problem()).startsWith("unsupported file type");
        Files.writeString(inbox.resolve("nohead.csv"), "a,b\n1,2\n");
        assertThat(FormFileParser.parse(inbox.resolve("nohead.csv")).problem()).startsWith("no header row naming Mã đơn vị");
    }

    private static List<ProcessedRecord> processAll(ParsedForm form) {
        return form.rows().stream().map(row -> {
            var json = JSON.createObjectNode().put("tep", form.fileName()).put("dong", row.number())
                    .put(ReportFormsReader.KEY_FIELD, form.contentSha256() + "#" + row.number())
                    .put("formSha256", form.contentSha256()).put("ngaySuaTep", "2024-04-02T01:00:00Z");
            row.cells().forEach((column, value) -> json.put(column.field(), value));
            return PROCESSOR.process(SourceRecord.parsed("forms", json.toString(), json, null, Instant.EPOCH));
        }).toList();
    }

    private static Path writeXlsx(Path file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream output = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            sheet.createRow(0).createCell(0).setCellValue("Biểu mẫu báo cáo tháng");
            Row header = sheet.createRow(1);
            String[] headers = {"Mã đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu", "Tử số", "Mẫu số", "Ghi chú"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            Row data = sheet.createRow(2);
            data.createCell(0).setCellValue("20335");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("mm/yyyy"));
            data.createCell(1).setCellValue(LocalDate.of(2024, 3, 1));
            data.getCell(1).setCellStyle(dateStyle);
            data.createCell(2).setCellValue("e_processing");
            data.createCell(3).setCellValue(45);
            data.createCell(4).setCellValue(60);
            workbook.write(output);
        }
        return file;
    }
}

package vn.gov.quangnam.lris.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.quangnam.lris.reports.SeededWarehouse.PERIOD;

/** Change detection and report files from a real warehouse (Iceberg JDBC catalog on PostgreSQL). */
class BreachReportFilesIT {
    @TempDir
    Path directory;

    private BreachReports reports() {
        return new BreachReports(new ReportSettings(SeededWarehouse.settings(),
                writeRecipients(), null, null, null));
    }

    private Path writeRecipients() {
        try {
            Path file = directory.resolve("recipients.yaml");
            Files.writeString(file, TestSettings.RECIPIENTS, StandardCharsets.UTF_8);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void changesComparedWithThePreviousReportingMonth() {
        BreachChanges changes = reports().changes(PERIOD);

        assertThat(changes.previousPeriod()).map(ReportPeriod::periodId).hasValue("R2024-02");
        assertThat(changes.newBreaches()).extracting(Breach::unitCode).containsExactly("20341", "504", "49-STP", "20398");
        assertThat(changes.persistingBreaches()).extracting(Breach::unitCode, Breach::consecutivePeriods)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("502", 2));
        assertThat(changes.atRisk()).extracting(IndicatorValue::unitCode).containsExactly("20344");
        assertThat(changes.resolved()).extracting(Breach::unitCode, Breach::indicatorCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("20335", "digitization"));
    }

    @Test
    void writesTheDistrictReportInEveryFormatAndAPreviewOfThePdf() throws Exception {
        Path out = directory.resolve("out");

        GenerationResult result = reports().generate(PERIOD, "502", EnumSet.allOf(ReportFormat.class), out);

        assertThat(result.files()).extracting(path -> path.getFileName().toString()).containsExactly(
                "bao-cao-vi-pham-R2024-03-502.html", "bao-cao-vi-pham-R2024-03-502.pdf",
                "bao-cao-vi-pham-R2024-03-502.xlsx");
        assertThat(result.breaches()).isEqualTo(2);
        assertThat(result.newBreaches()).isEqualTo(1);
        byte[] pdf = Files.readAllBytes(out.resolve("bao-cao-vi-pham-R2024-03-502.pdf"));
        assertThat(ReportReadBack.pdfText(pdf)).contains("Báo cáo vi phạm chỉ tiêu Kỳ báo cáo tháng 3/2024",
                "Thành phố Tam Kỳ (502)", "Phường An Mỹ (20341)", "30,25%", "50,00%", "-19,75 điểm %", "Rất nghiêm trọng");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("DejaVuSans");
            assertThat(font.isEmbedded()).isTrue();
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path preview = Path.of("target", "report-preview.png");
            Files.createDirectories(preview.getParent());
            ImageIO.write(image, "png", preview.toFile());
            assertThat(preview).isNotEmptyFile();
        }
        assertThat(ReportReadBack.xlsxBreaches(Files.readAllBytes(out.resolve("bao-cao-vi-pham-R2024-03-502.xlsx"))))
                .containsExactlyInAnyOrderElementsOf(BreachDeliveryIT.seededBreaches(java.util.Set.of("502", "20341")));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(out.resolve("bao-cao-vi-pham-R2024-03-502.xlsx")))) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = workbook.getSheet(XlsxReportRenderer.SHEET_NAME);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N3");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Phường An Mỹ");
        }
        assertThat(Files.readString(out.resolve("bao-cao-vi-pham-R2024-03-502.html")))
                .contains("<html lang=\"vi\">", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "<svg");
    }

    @Test
    void theProvinceReportNamesTheUnitsNobodyReceives() {
        GenerationResult result = reports().generate(PERIOD, null, EnumSet.of(ReportFormat.HTML), directory);

        assertThat(result.breaches()).isEqualTo(5);
        assertThat(result.unitsWithoutRecipient()).containsExactly("Huyện Tây Giang (504)");
        assertThat(result.files()).extracting(path -> path.getFileName().toString())
                .containsExactly("bao-cao-vi-pham-R2024-03-49.html");
    }

    @Test
    void anUnknownPeriodOrUnitSaysWhatToUse() {
        assertThatThrownBy(() -> reports().generate("2024-13", null, EnumSet.of(ReportFormat.PDF), directory))
                .isInstanceOf(ReportException.class)
                .hasMessageStartingWith("period 2024-13 is not in mart.dim_periods; use an id such as 2024-03");
        assertThatThrownBy(() -> reports().generate(PERIOD, "99999", EnumSet.of(ReportFormat.PDF), directory))
                .isInstanceOf(ReportException.class)
                .hasMessageStartingWith("unit 99999 is not in mart.dim_units; use a unit code such as 502");
    }

    @Test
    void deliveryWithoutSmtpSettingsSaysWhichKeysToSet() {
        assertThatThrownBy(() -> reports().deliver(PERIOD))
                .isInstanceOf(ReportException.class)
                .hasMessage("no outbox database is configured; set reports.outbox.jdbc-url, user and password to "
                        + "deliver breach reports");
    }
}

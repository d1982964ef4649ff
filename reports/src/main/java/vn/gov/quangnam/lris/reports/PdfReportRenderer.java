package vn.gov.quangnam.lris.reports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The breach report as a PDF (A4 landscape, DejaVu Sans embedded): one block per breach with its figures, the
 * target's source document and a sparkline of the last periods against the target line.
 */
public final class PdfReportRenderer {
    private static final float CHART_WIDTH = 150;
    private static final float CHART_HEIGHT = 40;

    public byte[] render(BreachReport report) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(report.title());
            information.setCreator("LRIS Warehouse");
            PdfFonts fonts = PdfFonts.embedIn(document);
            try (PdfPageWriter page = new PdfPageWriter(document)) {
                page.text(report.title(), fonts.bold(), 15, 0, page.width());
                page.text(HtmlReportRenderer.summary(report), fonts.regular(), 10, 0, page.width());
                page.skip(8);
                int number = 0;
                for (ReportRow row : report.rows()) {
                    writeBreach(page, fonts, ++number, row);
                }
                writeNotes(page, fonts, "Đơn vị có nguy cơ không đạt chỉ tiêu", report.atRisk());
                writeNotes(page, fonts, "Vi phạm đã được khắc phục", report.resolved());
                if (!report.unitsWithoutRecipient().isEmpty()) {
                    page.text("Đơn vị có vi phạm nhưng chưa có người nhận báo cáo", fonts.bold(), 11, 0, page.width());
                    for (String unit : report.unitsWithoutRecipient()) {
                        page.text("• " + unit, fonts.regular(), 10, 10, page.width());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF of " + report.fileBaseName() + ": " + e.getMessage(), e);
        }
    }

    private static void writeBreach(PdfPageWriter page, PdfFonts fonts, int number, ReportRow row) throws IOException {
        page.reserve(110);
        float top = page.y();
        float textWidth = page.width() - CHART_WIDTH - 20;
        page.text(number + ". " + row.unitName() + " (" + row.unitCode() + ") – " + row.indicatorName(),
                fonts.bold(), 11, 0, textWidth);
        page.text("Kỳ: " + row.periodLabel() + "   Kết quả: " + Figures.percent(row.valuePct()) + "   Mục tiêu: "
                + Figures.percent(row.targetPct()) + "   Chênh lệch: " + Figures.points(row.gapPct()),
                fonts.regular(), 10, 12, textWidth);
        page.text("Tình trạng: " + row.changeVi() + "   Mức độ: " + row.severityVi() + "   Dự báo cuối năm: "
                + Figures.percent(row.projectedYearEndPct()), fonts.regular(), 10, 12, textWidth);
        page.text("Văn bản giao chỉ tiêu: " + row.sourceDocument(), fonts.regular(), 9, 12, textWidth);
        drawChart(page.content(), new TrendChart(row.trend(), row.targetPct(), CHART_WIDTH, CHART_HEIGHT),
                PdfPageWriter.MARGIN + page.width() - CHART_WIDTH, top - 8);
        page.text("Xu hướng " + row.trend().size() + " kỳ gần nhất (đỏ: kết quả, xanh: mục tiêu)", fonts.regular(), 7,
                page.width() - CHART_WIDTH, page.width());
        page.skip(10);
    }

    private static void drawChart(PDPageContentStream content, TrendChart chart, float left, float top)
            throws IOException {
        content.setStrokingColor(0.85f, 0.85f, 0.85f);
        content.addRect(left, top - CHART_HEIGHT, CHART_WIDTH, CHART_HEIGHT);
        content.stroke();
        if (chart.targetY() >= 0) {
            content.setStrokingColor(0.18f, 0.49f, 0.2f);
            content.setLineDashPattern(new float[]{3, 2}, 0);
            content.moveTo(left, top - (float) chart.targetY());
            content.lineTo(left + CHART_WIDTH, top - (float) chart.targetY());
            content.stroke();
            content.setLineDashPattern(new float[]{}, 0);
        }
        content.setStrokingColor(0.78f, 0.16f, 0.16f);
        content.setLineWidth(1.5f);
        boolean drawing = false;
        boolean anyPoint = false;
        for (double[] position : chart.positions()) {
            if (position == null) {
                drawing = false;
                continue;
            }
            float x = left + (float) position[0];
            float y = top - (float) position[1];
            if (drawing) {
                content.lineTo(x, y);
            } else {
                content.moveTo(x, y);
                drawing = true;
                anyPoint = true;
            }
        }
        if (anyPoint) {
            content.stroke();
        }
        content.setNonStrokingColor(0.78f, 0.16f, 0.16f);
        for (double[] position : chart.positions()) {
            if (position != null) {
                content.addRect(left + (float) position[0] - 1.75f, top - (float) position[1] - 1.75f, 3.5f, 3.5f);
            }
        }
        if (anyPoint) {
            content.fill();
        }
        content.setNonStrokingColor(0f, 0f, 0f);
        content.setLineWidth(1);
        content.setStrokingColor(0f, 0f, 0f);
    }

    private static void writeNotes(PdfPageWriter page, PdfFonts fonts, String heading, List<ReportNote> notes)
            throws IOException {
        if (notes.isEmpty()) {
            return;
        }
        page.text(heading, fonts.bold(), 11, 0, page.width());
        for (ReportNote note : notes) {
            page.text("• " + note.unitName() + ": " + note.indicatorName() + " – " + Figures.percent(note.valuePct())
                    + " (mục tiêu " + Figures.percent(note.targetPct()) + ")", fonts.regular(), 10, 10, page.width());
        }
        page.skip(6);
    }
}

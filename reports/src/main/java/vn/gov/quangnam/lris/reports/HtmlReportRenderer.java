package vn.gov.quangnam.lris.reports;

import java.nio.charset.StandardCharsets;

/** The breach report as an HTML page, also the body of the e-mail: one table row per breach with its trend chart. */
public final class HtmlReportRenderer {

    public byte[] render(BreachReport report, String greeting) {
        return renderText(report, greeting).getBytes(StandardCharsets.UTF_8);
    }

    public String renderText(BreachReport report, String greeting) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>")
                .append(escape(report.title())).append("</title></head>")
                .append("<body style=\"font-family: Arial, 'DejaVu Sans', sans-serif; font-size: 14px\">");
        if (greeting != null) {
            html.append("<p>").append(escape(greeting)).append("</p>");
        }
        html.append("<h2>").append(escape(report.title())).append("</h2>");
        html.append("<p>").append(escape(summary(report))).append("</p>");
        if (!report.rows().isEmpty()) {
            appendBreaches(html, report);
        }
        appendNotes(html, "Đơn vị có nguy cơ không đạt chỉ tiêu", report.atRisk());
        appendNotes(html, "Vi phạm đã được khắc phục so với " + (report.previousPeriodLabel() == null ? "kỳ trước"
                : report.previousPeriodLabel()), report.resolved());
        if (!report.unitsWithoutRecipient().isEmpty()) {
            html.append("<h3>Đơn vị có vi phạm nhưng chưa có người nhận báo cáo</h3><ul>");
            report.unitsWithoutRecipient().forEach(unit -> html.append("<li>").append(escape(unit)).append("</li>"));
            html.append("</ul><p>Đề nghị bổ sung người nhận vào danh bạ người nhận báo cáo.</p>");
        }
        html.append("<p>Người đứng đầu cơ quan, đơn vị có vi phạm giải trình và chịu trách nhiệm về việc không đáp ứng "
                + "được mục tiêu theo quy định.</p>");
        html.append("<p style=\"color:#666\">Báo cáo được tạo tự động bởi hệ thống LRIS. Tệp PDF và Excel đính kèm.</p>");
        return html.append("</body></html>").toString();
    }

    static String summary(BreachReport report) {
        return report.rows().size() + " vi phạm chỉ tiêu trong " + report.period().labelVi() + " (" + report.newCount()
                + " mới phát sinh, " + (report.rows().size() - report.newCount()) + " tiếp diễn); "
                + report.atRisk().size() + " chỉ tiêu có nguy cơ; " + report.resolved().size() + " vi phạm đã khắc phục.";
    }

    private static void appendBreaches(StringBuilder html, BreachReport report) {
        html.append("<table style=\"border-collapse: collapse\" border=\"1\" cellpadding=\"4\"><thead><tr>")
                .append("<th>Đơn vị</th><th>Chỉ tiêu</th><th>Kỳ</th><th>Kết quả</th><th>Mục tiêu</th>")
                .append("<th>Chênh lệch</th><th>Tình trạng</th><th>Xu hướng</th><th>Dự báo cuối năm</th>")
                .append("<th>Văn bản giao chỉ tiêu</th></tr></thead><tbody>");
        for (ReportRow row : report.rows()) {
            html.append("<tr>")
                    .append(cell(row.unitName() + " (" + row.unitCode() + ")"))
                    .append(cell(row.indicatorName()))
                    .append(cell(row.periodLabel()))
                    .append(cell(Figures.percent(row.valuePct())))
                    .append(cell(Figures.percent(row.targetPct())))
                    .append(cell(Figures.points(row.gapPct())))
                    .append(cell(row.changeVi() + "; mức độ: " + row.severityVi()))
                    .append("<td>").append(new TrendChart(row.trend(), row.targetPct(), 96, 32).svg()).append("</td>")
                    .append(cell(Figures.percent(row.projectedYearEndPct())))
                    .append(cell(row.sourceDocument()))
                    .append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void appendNotes(StringBuilder html, String heading, java.util.List<ReportNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        html.append("<h3>").append(escape(heading)).append("</h3><ul>");
        for (ReportNote note : notes) {
            html.append("<li>").append(escape(note.unitName() + ": " + note.indicatorName() + " – "
                    + Figures.percent(note.valuePct()) + " (mục tiêu " + Figures.percent(note.targetPct()) + ")"))
                    .append("</li>");
        }
        html.append("</ul>");
    }

    private static String cell(String text) {
        return "<td>" + escape(text) + "</td>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

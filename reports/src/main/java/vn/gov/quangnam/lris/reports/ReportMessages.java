package vn.gov.quangnam.lris.reports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Renders the planned reports of a run into outbox messages: subject, HTML body, PDF and XLSX attachments. */
final class ReportMessages {
    private final HtmlReportRenderer html = new HtmlReportRenderer();
    private final PdfReportRenderer pdf = new PdfReportRenderer();
    private final XlsxReportRenderer xlsx = new XlsxReportRenderer();

    List<OutboxMessage> render(ReportPlan plan) {
        List<OutboxMessage> messages = new ArrayList<>();
        for (PlannedReport planned : plan.reports()) {
            BreachReport report = planned.report();
            Recipient recipient = planned.recipient();
            String periodId = report.period().periodId();
            String key = periodId + "|" + recipient.email() + "|" + planned.reportKind();
            String messageId = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
            String greeting = "Kính gửi: " + recipient.name() + " – " + recipient.title() + ".";
            messages.add(new OutboxMessage(messageId, periodId, planned.reportKind(), recipient.email(),
                    recipient.name(), report.scope().code(), "[LRIS] " + report.title(),
                    html.renderText(report, greeting), report.fileBaseName() + ".pdf", pdf.render(report),
                    report.fileBaseName() + ".xlsx", xlsx.render(report), "pending", 0, null, null, null));
        }
        return messages;
    }
}

package vn.gov.quangnam.lris.reports;

import java.time.OffsetDateTime;

import static java.util.Objects.requireNonNull;

/**
 * One row of {@code lris_report_outbox}: a rendered report for one recipient, kept until the SMTP server accepted
 * it. {@code state} is {@code pending}, {@code sent} or {@code failed}.
 */
public record OutboxMessage(String messageId, String periodId, String reportKind, String recipientEmail,
                            String recipientName, String unitScope, String subject, String htmlBody,
                            String pdfFileName, byte[] pdf, String xlsxFileName, byte[] xlsx, String state,
                            int attempts, String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) {
    public OutboxMessage {
        requireNonNull(messageId, "messageId is null");
        requireNonNull(periodId, "periodId is null");
        requireNonNull(reportKind, "reportKind is null");
        requireNonNull(recipientEmail, "recipientEmail is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(htmlBody, "htmlBody is null");
    }
}

package vn.gov.quangnam.lris.reports;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static java.util.Objects.requireNonNull;

/** Sends one outbox message over SMTP (Jakarta Mail): HTML body, PDF and XLSX attached, a stable Message-ID. */
public final class SmtpMailer {
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailer(SmtpSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
        this.session = Session.getInstance(properties(settings));
    }

    public void send(OutboxMessage outboxMessage) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, "<" + outboxMessage.messageId() + "@lris.quangnam>");
        message.setFrom(new InternetAddress(settings.fromAddress()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(outboxMessage.recipientEmail()));
        message.setSubject(outboxMessage.subject(), StandardCharsets.UTF_8.name());
        MimeMultipart content = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(outboxMessage.htmlBody(), "text/html; charset=UTF-8");
        content.addBodyPart(body);
        attach(content, outboxMessage.pdfFileName(), outboxMessage.pdf(), "application/pdf");
        attach(content, outboxMessage.xlsxFileName(), outboxMessage.xlsx(), XLSX_TYPE);
        message.setContent(content);
        if (settings.username() == null) {
            Transport.send(message);
        } else {
            Transport.send(message, settings.username(), settings.password());
        }
    }

    private static void attach(MimeMultipart content, String fileName, byte[] bytes, String type)
            throws MessagingException {
        if (bytes == null) {
            return;
        }
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
        part.setFileName(fileName);
        content.addBodyPart(part);
    }

    private static Properties properties(SmtpSettings settings) {
        Properties properties = new Properties();
        String protocol = settings.security() == SmtpSettings.Security.TLS ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.host());
        properties.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        properties.put("mail." + protocol + ".auth", String.valueOf(settings.username() != null));
        properties.put("mail." + protocol + ".connectiontimeout", String.valueOf(settings.timeout().toMillis()));
        properties.put("mail." + protocol + ".timeout", String.valueOf(settings.timeout().toMillis()));
        properties.put("mail." + protocol + ".writetimeout", String.valueOf(settings.timeout().toMillis()));
        if (settings.security() == SmtpSettings.Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() != SmtpSettings.Security.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return properties;
    }

    /** Keeps the outbox's message id as Message-ID, so a message re-sent after a crash is recognisably the same. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}

package vn.gov.quangnam.lris.reports;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.quangnam.lris.reports.SeededWarehouse.PERIOD;
import static vn.gov.quangnam.lris.reports.TestSettings.HOI_AN_CHAIR;
import static vn.gov.quangnam.lris.reports.TestSettings.HOME_AFFAIRS;
import static vn.gov.quangnam.lris.reports.TestSettings.JUSTICE_HEAD;
import static vn.gov.quangnam.lris.reports.TestSettings.TAM_KY_CHAIR;

/** Delivery through the outbox (real PostgreSQL) to a real SMTP server (GreenMail). */
class BreachDeliveryIT {
    @TempDir
    Path directory;

    private GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private GreenMail startSmtp(int port) {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    @Test
    void eachRecipientGetsTheirScopeWithPdfAndXlsx() throws Exception {
        int port = TestPostgres.freePort();
        startSmtp(port);
        BreachReports reports = new BreachReports(TestSettings.settings(directory, "reports_outbox_scope", port));

        DeliveryResult result = reports.deliver(PERIOD);

        assertThat(result.queued()).isEqualTo(4);
        assertThat(result.sent()).isEqualTo(4);
        assertThat(result.allSent()).isTrue();
        assertThat(result.unitsWithoutRecipient()).containsExactly("Huyện Tây Giang (504)");
        assertThat(recipients(smtp.getReceivedMessages()))
                .containsExactlyInAnyOrder(TAM_KY_CHAIR, HOI_AN_CHAIR, JUSTICE_HEAD, HOME_AFFAIRS);

        MimeMessage tamKy = messageTo(TAM_KY_CHAIR);
        assertThat(tamKy.getSubject()).isEqualTo("[LRIS] Báo cáo vi phạm chỉ tiêu Kỳ báo cáo tháng 3/2024 – Thành phố Tam Kỳ");
        Map<String, byte[]> parts = ReportReadBack.parts(tamKy);
        assertThat(parts).containsOnlyKeys("body", "bao-cao-vi-pham-R2024-03-502.pdf", "bao-cao-vi-pham-R2024-03-502.xlsx");
        String pdfText = ReportReadBack.pdfText(parts.get("bao-cao-vi-pham-R2024-03-502.pdf"));
        assertThat(pdfText).contains("Thành phố Tam Kỳ", "Phường An Mỹ", "55,50%", "70,00%", "-14,50 điểm %",
                "Tỷ lệ hồ sơ công việc được xử lý trên môi trường điện tử", "Tiếp diễn 2 kỳ liên tiếp",
                "Mới phát sinh", "58,20%", SeededWarehouse.PLAN_2022, "Phường Hòa Hương", "Phường Tân Thạnh")
                .doesNotContain("Phường Minh An", "Sở Tư pháp", "Huyện Tây Giang");
        assertThat(ReportReadBack.xlsxBreaches(parts.get("bao-cao-vi-pham-R2024-03-502.xlsx")))
                .containsExactlyInAnyOrderElementsOf(seededBreaches(Set.of("502", "20341")));
        String body = new String(parts.get("body"), StandardCharsets.UTF_8);
        assertThat(body).contains("Kính gửi: Lê Văn Cường – Chủ tịch UBND thành phố Tam Kỳ.", "<svg", "Phường An Mỹ (20341)");

        Map<String, byte[]> summary = ReportReadBack.parts(messageTo(HOME_AFFAIRS));
        assertThat(ReportReadBack.pdfText(summary.get("bao-cao-vi-pham-R2024-03-49.pdf")))
                .contains("Đơn vị có vi phạm nhưng chưa có người nhận báo cáo", "Huyện Tây Giang (504)", "Sở Tư pháp",
                        "Phường Minh An");
        assertThat(ReportReadBack.xlsxBreaches(summary.get("bao-cao-vi-pham-R2024-03-49.xlsx")))
                .containsExactlyInAnyOrderElementsOf(seededBreaches(null));
    }

    @Test
    void aRestartInTheMiddleOfDeliverySendsEachMessageExactlyOnce() throws Exception {
        int port = TestPostgres.freePort();
        startSmtp(port);
        ReportSettings settings = TestSettings.settings(directory, "reports_outbox_restart", port);

        DeliveryResult interrupted = new BreachReports(settings).deliver(PERIOD, 2);
        assertThat(interrupted.sent()).isEqualTo(2);
        assertThat(interrupted.stillPending()).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        DeliveryResult resumed = new BreachReports(settings).deliver(PERIOD);
        DeliveryResult again = new BreachReports(settings).deliver(PERIOD);

        assertThat(resumed.queued()).isZero();
        assertThat(resumed.sent()).isEqualTo(2);
        assertThat(again.queued()).isZero();
        assertThat(again.sent()).isZero();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(recipients(received)).containsExactlyInAnyOrder(TAM_KY_CHAIR, HOI_AN_CHAIR, JUSTICE_HEAD, HOME_AFFAIRS);
        assertThat(Arrays.stream(received).map(BreachDeliveryIT::messageId).distinct()).hasSize(4);
        assertThat(new ReportOutbox(settings.outbox()).all()).extracting(OutboxMessage::state).containsOnly("sent");
    }

    @Test
    void whileTheSmtpServerIsDownMessagesWaitInTheOutboxAndGoOutLater() throws Exception {
        int port = TestPostgres.freePort();
        ReportSettings settings = TestSettings.settings(directory, "reports_outbox_down", port);
        BreachReports reports = new BreachReports(settings);

        DeliveryResult down = reports.deliver(PERIOD);

        assertThat(down.sent()).isZero();
        assertThat(down.failed()).hasSize(1);
        assertThat(down.stillPending()).isEqualTo(3);
        List<OutboxMessage> failed = reports.failedMessages();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).attempts()).isEqualTo(2);
        assertThat(failed.get(0).lastError())
                .startsWith("SMTP server 127.0.0.1:" + port + " did not accept the message after 2 attempts: ")
                .endsWith("; it is retried by the next delivery run");

        startSmtp(port);
        DeliveryResult later = reports.sendUnsent();

        assertThat(later.sent()).isEqualTo(4);
        assertThat(reports.failedMessages()).isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(4);
        assertThat(new ReportOutbox(settings.outbox()).all()).allSatisfy(message -> {
            assertThat(message.state()).isEqualTo("sent");
            assertThat(message.sentAt()).isNotNull();
            assertThat(message.lastError()).isNull();
        });
    }

    private MimeMessage messageTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipients(new MimeMessage[]{message}).contains(address))
                .findFirst().orElseThrow(() -> new AssertionError("no message to " + address));
    }

    private static List<String> recipients(MimeMessage[] messages) {
        return Arrays.stream(messages).flatMap(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ReportReadBack.SheetBreach> seededBreaches(Set<String> units) {
        return SeededWarehouse.BREACHES.stream()
                .filter(breach -> breach.periodId().equals(PERIOD) && (units == null || units.contains(breach.unitCode())))
                .map(ReportReadBack.SheetBreach::of).toList();
    }
}

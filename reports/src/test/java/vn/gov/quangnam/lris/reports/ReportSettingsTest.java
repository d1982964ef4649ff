package vn.gov.quangnam.lris.reports;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportSettingsTest {
    @Test
    void backoffDoublesUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(5));

        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.backoffAfter(10)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void badRetryAndSmtpSettingsNameTheProblem() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .hasMessage("retry attempts must be at least 1, got 0");
        assertThatThrownBy(() -> SmtpSettings.plain("smtp.example", 70000, "lris@example.org"))
                .hasMessage("smtp port 70000 is not a TCP port (1-65535)");
        assertThatThrownBy(() -> new SmtpSettings("smtp.example", 587, SmtpSettings.Security.STARTTLS, "lris", null,
                "lris@example.org", null))
                .hasMessage("smtp username lris is set but its password is not");
    }

    @Test
    void thePasswordIsNeverInTheSettingsText() {
        SmtpSettings smtp = new SmtpSettings("smtp.example", 587, SmtpSettings.Security.STARTTLS, "lris", "s3cret",
                "lris@example.org", null);

        assertThat(smtp.toString()).doesNotContain("s3cret").contains("security=STARTTLS");
        assertThat(new OutboxSettings("jdbc:postgresql://db/lris", "lris", "s3cret").toString()).doesNotContain("s3cret");
    }

    @Test
    void formatsParseFromTheCommandLineList() {
        assertThat(ReportFormat.parseList("pdf, XLSX")).containsExactlyInAnyOrder(ReportFormat.PDF, ReportFormat.XLSX);
        assertThatThrownBy(() -> ReportFormat.parseList("pdf,docx"))
                .hasMessage("unknown report format 'docx' in --format pdf,docx; use a comma-separated list of pdf, xlsx, html");
    }

    @Test
    void figuresUseTheVietnameseDecimalComma() {
        assertThat(Figures.percent(new java.math.BigDecimal("45.2"))).isEqualTo("45,20%");
        assertThat(Figures.points(new java.math.BigDecimal("-14.5"))).isEqualTo("-14,50 điểm %");
        assertThat(Figures.percent(null)).isEqualTo("–");
    }
}

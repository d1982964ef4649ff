package vn.gov.quangnam.lris.jobs.reports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.gov.quangnam.lris.reports.SmtpSettings;

import java.nio.file.Path;

/**
 * Settings under {@code lris.reports}: who receives the target-breach reports and how they are sent.
 *
 * @param recipientsFile {@code lris.reports.recipients-file}, default empty = the bundled demo directory (fictional
 *                       people): the units → people and e-mail addresses (reports/README.md describes the format)
 * @param smtpHost {@code lris.reports.smtp-host}, default 127.0.0.1; {@code smtp-port} default 25;
 *                 {@code smtp-security} NONE, STARTTLS or TLS (default STARTTLS); {@code smtp-username} and
 *                 {@code smtp-password} (environment {@code LRIS_REPORTS_SMTP_PASSWORD}); {@code from-address}
 * @param monthlyCron {@code lris.reports.monthly-cron}, default 08:00 on the 16th: after the Decree 09 monthly cut-off
 *                    (the 14th) and a day for the figures to be complete, the month's report is delivered
 */
@ConfigurationProperties("lris.reports")
@Validated
public record ReportProperties(Path recipientsFile,
                               @DefaultValue("127.0.0.1") @NotBlank String smtpHost,
                               @DefaultValue("25") @Min(1) @Max(65535) int smtpPort,
                               @DefaultValue("STARTTLS") @NotNull SmtpSettings.Security smtpSecurity,
                               String smtpUsername, String smtpPassword,
                               @DefaultValue("LRIS Quảng Nam <lris@quangnam.gov.vn>") @NotBlank String fromAddress,
                               @DefaultValue("0 0 8 16 * ?") @NotBlank String monthlyCron) {

    public SmtpSettings smtp() {
        return new SmtpSettings(smtpHost, smtpPort, smtpSecurity, smtpUsername, smtpPassword, fromAddress, null);
    }
}

package vn.gov.quangnam.lris.reports;

import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * Everything the breach reports need; see reports/README.md for the keys and defaults.
 *
 * @param catalog the warehouse catalog the mart tables are read from
 * @param recipientsFile the recipient directory (YAML); null uses the bundled fictional demo directory
 * @param smtp the SMTP server; may be null when only {@link BreachReports#generate} is used
 * @param outbox the outbox database; may be null when only {@link BreachReports#generate} is used
 * @param retry retries of a message within one delivery run (default {@link RetryPolicy#DEFAULT})
 */
public record ReportSettings(WarehouseCatalogSettings catalog, Path recipientsFile, SmtpSettings smtp,
                             OutboxSettings outbox, RetryPolicy retry) {
    public ReportSettings {
        requireNonNull(catalog, "catalog settings are null");
        retry = retry == null ? RetryPolicy.DEFAULT : retry;
    }

    public RecipientDirectory recipients() {
        return recipientsFile == null ? RecipientDirectory.demo() : RecipientDirectory.load(recipientsFile);
    }

    SmtpSettings requireSmtp() {
        if (smtp == null) {
            throw new ReportException("no SMTP server is configured; set reports.smtp.host (and port, security, "
                    + "username, password, from) to deliver breach reports");
        }
        return smtp;
    }

    OutboxSettings requireOutbox() {
        if (outbox == null) {
            throw new ReportException("no outbox database is configured; set reports.outbox.jdbc-url, user and "
                    + "password to deliver breach reports");
        }
        return outbox;
    }
}

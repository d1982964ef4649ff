package vn.gov.quangnam.lris.jobs.reports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.quangnam.lris.jobs.metadata.MetadataDatabaseConnection;
import vn.gov.quangnam.lris.reports.BreachReports;
import vn.gov.quangnam.lris.reports.OutboxSettings;
import vn.gov.quangnam.lris.reports.ReportSettings;
import vn.gov.quangnam.lris.reports.RetryPolicy;
import vn.gov.quangnam.lris.reports.SmtpSettings;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;

/** The breach reports, with their outbox in the metadata database. */
@Configuration(proxyBeanMethods = false)
public class ReportsConfiguration {

    @Bean
    ReportSettingsFactory reportSettingsFactory(ReportProperties properties, WarehouseCatalogSettings catalog,
                                                MetadataDatabaseConnection database) {
        return smtp -> new ReportSettings(catalog, properties.recipientsFile(), smtp == null ? properties.smtp() : smtp,
                new OutboxSettings(database.jdbcUrl(), database.user(), database.password()), RetryPolicy.DEFAULT);
    }

    @Bean
    BreachReports breachReports(ReportSettingsFactory settings) {
        return new BreachReports(settings.settings(null));
    }

    /** Report settings with the configured SMTP server, or another one (the demo's local server). */
    public interface ReportSettingsFactory {
        ReportSettings settings(SmtpSettings smtpOrNullForConfigured);
    }
}

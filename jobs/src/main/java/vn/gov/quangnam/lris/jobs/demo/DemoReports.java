package vn.gov.quangnam.lris.jobs.demo;

import org.springframework.stereotype.Component;
import vn.gov.quangnam.lris.jobs.config.LrisProperties;
import vn.gov.quangnam.lris.jobs.reports.ReportsConfiguration;
import vn.gov.quangnam.lris.reports.BreachReports;
import vn.gov.quangnam.lris.reports.DeliveryResult;
import vn.gov.quangnam.lris.reports.GenerationResult;
import vn.gov.quangnam.lris.reports.ReportFormat;
import vn.gov.quangnam.lris.reports.SmtpSettings;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * The demo's breach reports: the last Decree 09 reporting month of the simulated range, written as files (the
 * province summary and Tam Kỳ's report) and delivered through the outbox to the demo's local SMTP server.
 */
@Component
public class DemoReports {
    private final ReportsConfiguration.ReportSettingsFactory settings;
    private final DemoProperties demo;
    private final LrisProperties lris;

    DemoReports(ReportsConfiguration.ReportSettingsFactory settings, DemoProperties demo, LrisProperties lris) {
        this.settings = settings;
        this.demo = demo;
        this.lris = lris;
    }

    /** Decree 09: the reporting month ends on the 14th; the last one fully inside the simulated range. */
    public String period() {
        LocalDate last = demo.lastDay();
        LocalDate month = last.getDayOfMonth() >= 14 ? last : last.minusMonths(1);
        return String.format("R%d-%02d", month.getYear(), month.getMonthValue());
    }

    public void writeAndDeliver(PrintWriter out) {
        String period = period();
        Path folder = lris.home().resolve("reports").resolve(period);
        try (DemoMailServer mail = DemoMailServer.start()) {
            BreachReports reports = new BreachReports(settings.settings(
                    SmtpSettings.plain("127.0.0.1", mail.port(), "LRIS Quảng Nam <lris@quangnam.gov.vn.example>")));
            GenerationResult province = reports.generate(period, null, EnumSet.allOf(ReportFormat.class), folder);
            GenerationResult tamKy = reports.generate(period, "502", EnumSet.allOf(ReportFormat.class), folder);
            DeliveryResult delivered = reports.deliver(period);
            out.printf("breach reports %s: %d breaches (%d new), written to %s (%d files); %d e-mails delivered to the "
                            + "local SMTP server 127.0.0.1:%d, %d failed%s%n", period, province.breaches(), province.newBreaches(),
                    folder, province.files().size() + tamKy.files().size(), delivered.sent(), mail.port(),
                    delivered.failed().size(), province.unitsWithoutRecipient().isEmpty() ? ""
                            : "; breached units without a recipient: " + String.join(", ", province.unitsWithoutRecipient()));
        }
    }
}

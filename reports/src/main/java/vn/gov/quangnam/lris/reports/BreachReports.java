package vn.gov.quangnam.lris.reports;

import org.apache.iceberg.jdbc.JdbcCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The breach reports' entry point for the {@code jobs} module.
 * <ul>
 *   <li>{@link #generate}: writes the report of a period for the province or one unit as files
 *       ({@code bao-cao-vi-pham-R2024-03-502.pdf}) - {@code ./lris report breaches}.</li>
 *   <li>{@link #deliver}: queues every recipient's report of a period in the outbox, then sends the unsent ones.</li>
 *   <li>{@link #sendUnsent} and {@link #failedMessages}: resume delivery; list what failed for {@code lris status}.</li>
 * </ul>
 */
public final class BreachReports {
    private static final Logger log = LoggerFactory.getLogger(BreachReports.class);

    private final ReportSettings settings;

    public BreachReports(ReportSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    /** The mart as of now; each public method reads it afresh. */
    public MartSnapshot readMart() {
        try (JdbcCatalog catalog = WarehouseCatalogs.open(settings.catalog())) {
            return new MartReader(catalog).read();
        }
    }

    public BreachChanges changes(String periodId) {
        return BreachChanges.of(readMart(), periodId);
    }

    /**
     * Writes the report of {@code periodId} in the given formats into {@code outDir}.
     *
     * @param unitFilter a unit code (a district: the district and its communes), or null for the province summary
     */
    public GenerationResult generate(String periodId, String unitFilter, Set<ReportFormat> formats, Path outDir) {
        MartSnapshot mart = readMart();
        BreachChanges changes = BreachChanges.of(mart, periodId);
        ReportPeriod period = changes.period();
        ReportScope scope;
        List<String> uncovered = List.of();
        if (unitFilter == null) {
            scope = ReportScope.province(mart, period);
            uncovered = ReportPlan.of(mart, changes, settings.recipients()).unitsWithoutRecipient();
        } else {
            if (mart.unit(unitFilter, period).isEmpty()) {
                throw new ReportException("unit " + unitFilter + " is not in mart.dim_units; use a unit code such as "
                        + "502 (Thành phố Tam Kỳ) or 49-SNV, or leave --unit out for the whole province");
            }
            scope = ReportScope.forUnit(mart, period, unitFilter);
        }
        BreachReport report = new BreachReportBuilder(mart, changes).build(scope, uncovered);
        List<Path> files = write(report, formats, outDir);
        log.info("breach report {}: {} breaches, files {}", report.fileBaseName(), report.rows().size(), files);
        return new GenerationResult(files, report.rows().size(), (int) report.newCount(), report.atRisk().size(),
                report.resolved().size(), uncovered);
    }

    private static List<Path> write(BreachReport report, Set<ReportFormat> formats, Path outDir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(outDir);
            for (ReportFormat format : ReportFormat.values()) {
                if (!formats.contains(format)) {
                    continue;
                }
                byte[] content;
                if (format == ReportFormat.PDF) {
                    content = new PdfReportRenderer().render(report);
                } else if (format == ReportFormat.XLSX) {
                    content = new XlsxReportRenderer().render(report);
                } else {
                    content = new HtmlReportRenderer().render(report, null);
                }
                Path file = outDir.resolve(report.fileBaseName() + "." + format.extension());
                Files.write(file, content);
                files.add(file);
            }
        } catch (IOException e) {
            throw new ReportException("cannot write the breach report into " + outDir + ": " + e.getMessage()
                    + "; check that --out names a writable directory", e);
        }
        return files;
    }

    /** Queues every recipient's report of the period (once per period, recipient and kind) and sends the unsent. */
    public DeliveryResult deliver(String periodId) {
        return deliver(periodId, Integer.MAX_VALUE);
    }

    /** As {@link #deliver(String)}, sending at most {@code maxMessages} in this run (the rest stay pending). */
    public DeliveryResult deliver(String periodId, int maxMessages) {
        MartSnapshot mart = readMart();
        BreachChanges changes = BreachChanges.of(mart, periodId);
        ReportPlan plan = ReportPlan.of(mart, changes, settings.recipients());
        ReportOutbox outbox = outbox();
        int queued = outbox.enqueue(new ReportMessages().render(plan));
        log.info("period {}: {} report messages planned, {} newly queued", periodId, plan.reports().size(), queued);
        OutboxDelivery.Outcome outcome = delivery(outbox).sendUnsent(maxMessages);
        return new DeliveryResult(queued, outcome.sent(), outcome.failed(), outcome.stillPending(),
                plan.unitsWithoutRecipient());
    }

    /** Sends what earlier runs left pending or failed, of any period (e.g. after a restart or an SMTP outage). */
    public DeliveryResult sendUnsent() {
        ReportOutbox outbox = outbox();
        OutboxDelivery.Outcome outcome = delivery(outbox).sendUnsent(Integer.MAX_VALUE);
        return new DeliveryResult(0, outcome.sent(), outcome.failed(), outcome.stillPending(), List.of());
    }

    /** Messages the last delivery run gave up on, with their errors (shown by {@code lris status}). */
    public List<OutboxMessage> failedMessages() {
        return outbox().failed();
    }

    private ReportOutbox outbox() {
        ReportOutbox outbox = new ReportOutbox(settings.requireOutbox());
        outbox.createTable();
        return outbox;
    }

    private OutboxDelivery delivery(ReportOutbox outbox) {
        return new OutboxDelivery(outbox, settings.requireSmtp(), settings.retry());
    }
}

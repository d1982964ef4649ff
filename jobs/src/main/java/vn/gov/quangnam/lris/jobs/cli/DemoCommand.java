package vn.gov.quangnam.lris.jobs.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.gov.quangnam.lris.jobs.demo.DemoReports;
import vn.gov.quangnam.lris.jobs.demo.DemoSources;
import vn.gov.quangnam.lris.jobs.serving.RunningServers;
import vn.gov.quangnam.lris.jobs.serving.TrinoAndDashboard;
import vn.gov.quangnam.lris.jobs.ingestion.IngestionOutcome;
import vn.gov.quangnam.lris.jobs.ingestion.IngestionProperties;
import vn.gov.quangnam.lris.jobs.ingestion.IngestionRunner;
import vn.gov.quangnam.lris.jobs.transforms.TransformOutcome;
import vn.gov.quangnam.lris.jobs.transforms.TransformRunner;
import vn.gov.quangnam.lris.schema.WarehouseSchema;
import vn.gov.quangnam.lris.schema.apply.SchemaApplyReport;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;
import vn.gov.quangnam.lris.serving.RunningServing;
import vn.gov.quangnam.lris.serving.security.ServingAccount;
import vn.gov.quangnam.lris.simulator.Simulator;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import static java.util.Objects.requireNonNull;

/**
 * {@code lris demo}: the whole product on embedded defaults: the metadata database (embedded PostgreSQL, migrated),
 * the warehouse schema and reference data, the simulated source systems, ingestion of every source, the transforms,
 * the breach reports, Trino and the IOC wall dashboard, then the {@code READY} line. Without {@code --once} it keeps everything running until Ctrl-C or SIGTERM; the
 * context's shutdown then stops what it started.
 */
@Command(name = "demo", usageHelpWidth = 100, description = {
        "Runs the whole product on embedded defaults.",
        "Starts PostgreSQL and the simulated source systems, applies the schema, ingests every source, computes the "
                + "indicators and prints one line 'READY ...' when everything is up; then keeps running until Ctrl-C or "
                + "SIGTERM, which stops everything it started."})
class DemoCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(DemoCommand.class);

    private final ObjectProvider<DataSource> metadataDatabase;
    private final ObjectProvider<WarehouseCatalogSettings> catalogSettings;
    private final ObjectProvider<ReferenceFiles> referenceFiles;
    private final ObjectProvider<DemoSources> demoSources;
    private final ObjectProvider<IngestionRunner> ingestion;
    private final ObjectProvider<TransformRunner> transforms;
    private final ObjectProvider<TrinoAndDashboard> served;
    private final ObjectProvider<RunningServers> servers;
    private final ObjectProvider<DemoReports> reports;

    @Spec
    CommandSpec spec;

    @Option(names = "--once", description = "Exit (with 0) once everything has run; leave nothing running.")
    boolean once;

    DemoCommand(ObjectProvider<DataSource> metadataDatabase, ObjectProvider<WarehouseCatalogSettings> catalogSettings,
                ObjectProvider<ReferenceFiles> referenceFiles, ObjectProvider<DemoSources> demoSources,
                ObjectProvider<IngestionRunner> ingestion, ObjectProvider<TransformRunner> transforms,
                ObjectProvider<TrinoAndDashboard> served, ObjectProvider<RunningServers> servers,
                ObjectProvider<DemoReports> reports) {
        this.metadataDatabase = requireNonNull(metadataDatabase, "metadataDatabase is null");
        this.catalogSettings = requireNonNull(catalogSettings, "catalogSettings is null");
        this.referenceFiles = requireNonNull(referenceFiles, "referenceFiles is null");
        this.demoSources = requireNonNull(demoSources, "demoSources is null");
        this.ingestion = requireNonNull(ingestion, "ingestion is null");
        this.transforms = requireNonNull(transforms, "transforms is null");
        this.served = requireNonNull(served, "served is null");
        this.servers = requireNonNull(servers, "servers is null");
        this.reports = requireNonNull(reports, "reports is null");
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        metadataDatabase.getObject();
        WarehouseCatalogSettings catalog = catalogSettings.getObject();
        SchemaApplyReport report = WarehouseSchema.apply(catalog, referenceFiles.getObject());
        out.println(report.summary());
        out.flush();
        try (Simulator simulator = demoSources.getObject().start()) {
            out.println("source simulator: " + simulator.url() + " (" + simulator.endpoints().size() + " endpoints)");
            boolean ingested = ingest(out, demoSources.getObject().ingestionEndpoints(simulator));
            TransformOutcome transformed = transforms.getObject().run(false, null);
            if (!transformed.succeeded()) {
                spec.commandLine().getErr().println("lris demo: " + transformed.failure());
                return 1;
            }
            out.printf("transform (%s): %s indicator values, %s breaches in %.1f s%n", transformed.result().get("mode"),
                    transformed.result().get("indicator_values"), transformed.result().get("breaches"),
                    transformed.elapsed().toMillis() / 1000.0);
            StatusSummary.print(out, transformed.statusLines());
            reports.getObject().writeAndDeliver(out);
            if (!ingested) {
                spec.commandLine().getErr().println("lris demo: some sources could not be ingested (see above)");
                return 1;
            }
            try {
                TrinoAndDashboard.Started started = served.getObject().start(catalog);
                started.trino().ifPresent(trino -> announce(out, trino));
                started.dashboard().ifPresent(dashboard -> out.println("IOC wall dashboard: " + dashboard.url()
                        + " (log in with an account below)"));
                started.trino().ifPresent(trino -> trino.accounts().all().stream()
                        .filter(account -> !account.user().equals(trino.accounts().service().user()))
                        .map(ServingAccount::announcement).forEach(out::println));
                out.println("READY dashboard=" + started.dashboardUrl() + " trino=" + started.trinoUrl() + " simulator=" + simulator.url()
                        + " catalog=" + catalog.jdbcUrl() + " warehouse=" + catalog.warehouseLocation());
                out.flush();
                if (!once) {
                    log.info("running until Ctrl-C or SIGTERM");
                    // The JVM's shutdown hook closes the application context (stopping the dashboard, Trino and
                    // PostgreSQL) and then ends the process; this thread only has to stay out of the way until then.
                    new CountDownLatch(1).await();
                }
            } finally {
                servers.getObject().stopAll();
            }
        }
        return 0;
    }

    private static void announce(PrintWriter out, RunningServing trino) {
        out.println("Trino: " + trino.serverUri() + "  JDBC: " + trino.jdbcUrl());
        out.println("try:   " + trino.cliCommand(trino.accounts().all().get(trino.accounts().all().size() - 1)));
    }

    private boolean ingest(PrintWriter out, List<IngestionProperties.Endpoint> endpoints) {
        boolean allSucceeded = true;
        for (IngestionProperties.Endpoint endpoint : endpoints) {
            IngestionOutcome outcome = ingestion.getObject().run(endpoint);
            out.println(outcome);
            out.flush();
            allSucceeded &= !outcome.failed();
        }
        return allSucceeded;
    }
}

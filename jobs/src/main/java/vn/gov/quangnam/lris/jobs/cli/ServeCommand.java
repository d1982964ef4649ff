package vn.gov.quangnam.lris.jobs.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.gov.quangnam.lris.jobs.schedule.Schedules;
import vn.gov.quangnam.lris.jobs.serving.TrinoAndDashboard;
import vn.gov.quangnam.lris.schema.WarehouseSchema;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import static java.util.Objects.requireNonNull;

/**
 * {@code lris serve}: the service against the configured warehouse: applies the schema, registers and starts the
 * schedules (ingestion per endpoint, transforms after each ingestion, weekly full rebuild, breach reports), starts
 * Trino and the IOC wall dashboard, and runs until stopped (Ctrl-C or SIGTERM stops what it started).
 */
@Command(name = "serve", usageHelpWidth = 100, description = {
        "Runs the service against the configured warehouse: the scheduled ingestion, transforms and reports, Trino and "
                + "the IOC wall dashboard.",
        "Several instances may run against the same metadata database: each schedule fires on one instance only."})
class ServeCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    private final ObjectProvider<Schedules> schedules;
    private final ObjectProvider<WarehouseCatalogSettings> catalogSettings;
    private final ObjectProvider<ReferenceFiles> referenceFiles;
    private final ObjectProvider<TrinoAndDashboard> served;

    @Spec
    CommandSpec spec;

    ServeCommand(ObjectProvider<Schedules> schedules, ObjectProvider<WarehouseCatalogSettings> catalogSettings,
                 ObjectProvider<ReferenceFiles> referenceFiles, ObjectProvider<TrinoAndDashboard> served) {
        this.schedules = requireNonNull(schedules, "schedules is null");
        this.catalogSettings = requireNonNull(catalogSettings, "catalogSettings is null");
        this.referenceFiles = requireNonNull(referenceFiles, "referenceFiles is null");
        this.served = requireNonNull(served, "served is null");
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        WarehouseSchema.apply(catalogSettings.getObject(), referenceFiles.getObject());
        Schedules registered = schedules.getObject();
        registered.start();
        out.println("schedules: " + String.join(", ", registered.describe()));
        TrinoAndDashboard.Started started = served.getObject().start(catalogSettings.getObject());
        started.trino().ifPresent(trino -> out.println("Trino: " + trino.serverUri() + "  JDBC: " + trino.jdbcUrl()
                + "  (accounts and passwords: " + started.accountPasswords() + ")"));
        started.dashboard().ifPresent(dashboard -> out.println("IOC wall dashboard: " + dashboard.url()));
        out.println("READY dashboard=" + started.dashboardUrl() + " trino=" + started.trinoUrl() + " catalog="
                + catalogSettings.getObject().jdbcUrl());
        out.flush();
        log.info("serving until Ctrl-C or SIGTERM");
        // The JVM's shutdown hook closes the application context, which stops the schedules, the dashboard and Trino
        new CountDownLatch(1).await();
        return 0;
    }
}

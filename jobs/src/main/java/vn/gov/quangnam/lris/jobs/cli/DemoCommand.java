package vn.gov.quangnam.lris.jobs.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.gov.quangnam.lris.schema.WarehouseSchema;
import vn.gov.quangnam.lris.schema.apply.SchemaApplyReport;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import static java.util.Objects.requireNonNull;

/**
 * {@code lris demo}: the whole product on embedded defaults. At this stage: the metadata database (embedded
 * PostgreSQL, migrated), the warehouse schema and reference data, then the {@code READY} line. Without
 * {@code --once} it keeps everything running until Ctrl-C or SIGTERM; the context's shutdown then stops what it
 * started.
 */
@Command(name = "demo", usageHelpWidth = 100, description = {
        "Runs the whole product on embedded defaults.",
        "Prepares the embedded stack (PostgreSQL), applies the schema and prints one line 'READY ...' when everything "
                + "is up; then keeps running until Ctrl-C or SIGTERM, which stops everything it started."})
class DemoCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(DemoCommand.class);

    private final ObjectProvider<DataSource> metadataDatabase;
    private final ObjectProvider<WarehouseCatalogSettings> catalogSettings;
    private final ObjectProvider<ReferenceFiles> referenceFiles;

    @Spec
    CommandSpec spec;

    @Option(names = "--once", description = "Exit (with 0) once everything has run; leave nothing running.")
    boolean once;

    DemoCommand(ObjectProvider<DataSource> metadataDatabase, ObjectProvider<WarehouseCatalogSettings> catalogSettings,
                ObjectProvider<ReferenceFiles> referenceFiles) {
        this.metadataDatabase = requireNonNull(metadataDatabase, "metadataDatabase is null");
        this.catalogSettings = requireNonNull(catalogSettings, "catalogSettings is null");
        this.referenceFiles = requireNonNull(referenceFiles, "referenceFiles is null");
    }

    @Override
    public Integer call() throws InterruptedException {
        metadataDatabase.getObject();
        WarehouseCatalogSettings catalog = catalogSettings.getObject();
        SchemaApplyReport report = WarehouseSchema.apply(catalog, referenceFiles.getObject());
        PrintWriter out = spec.commandLine().getOut();
        out.println(report.summary());
        out.println("READY catalog=" + catalog.jdbcUrl() + " warehouse=" + catalog.warehouseLocation());
        out.flush();
        if (!once) {
            log.info("running until Ctrl-C or SIGTERM");
            // The JVM's shutdown hook closes the application context (stopping PostgreSQL) and then ends the
            // process; this thread only has to stay out of the way until then.
            new CountDownLatch(1).await();
        }
        return 0;
    }
}

package vn.gov.quangnam.lris.jobs.cli;

import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.gov.quangnam.lris.schema.WarehouseSchema;
import vn.gov.quangnam.lris.schema.apply.SchemaApplyReport;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;

import java.util.concurrent.Callable;

import static java.util.Objects.requireNonNull;

/** {@code lris schema apply}: creates or evolves every table and loads the reference data; idempotent. */
@Command(name = "apply", usageHelpWidth = 100, description = {
        "Creates or evolves every table (idempotent).",
        "Creates or evolves every warehouse table and loads the reference data (units, periods, indicators, "
                + "targets). A second run changes nothing. Bad reference files are rejected before anything is changed."})
class SchemaApplyCommand implements Callable<Integer> {
    private final ObjectProvider<WarehouseCatalogSettings> catalogSettings;
    private final ObjectProvider<ReferenceFiles> referenceFiles;

    @Spec
    CommandSpec spec;

    SchemaApplyCommand(ObjectProvider<WarehouseCatalogSettings> catalogSettings, ObjectProvider<ReferenceFiles> referenceFiles) {
        this.catalogSettings = requireNonNull(catalogSettings, "catalogSettings is null");
        this.referenceFiles = requireNonNull(referenceFiles, "referenceFiles is null");
    }

    @Override
    public Integer call() {
        SchemaApplyReport report = WarehouseSchema.apply(catalogSettings.getObject(), referenceFiles.getObject());
        spec.commandLine().getOut().println(report.summary());
        spec.commandLine().getOut().flush();
        return 0;
    }
}

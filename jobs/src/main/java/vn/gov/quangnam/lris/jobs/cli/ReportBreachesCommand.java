package vn.gov.quangnam.lris.jobs.cli;

import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.gov.quangnam.lris.reports.BreachReports;
import vn.gov.quangnam.lris.reports.GenerationResult;
import vn.gov.quangnam.lris.reports.ReportFormat;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import static java.util.Objects.requireNonNull;

/** {@code lris report breaches --period ID [--unit CODE] [--format pdf,xlsx,html] --out DIR}. */
@Command(name = "breaches", usageHelpWidth = 100, description = {
        "Writes the target-breach report of a period to files: the province summary, or one unit's report (a district's "
                + "covers its communes). Vietnamese, with each breach's value, target, gap, trend, projection and the "
                + "target's source document."})
class ReportBreachesCommand implements Callable<Integer> {
    private final ObjectProvider<BreachReports> reports;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "ID", description = "Period id, e.g. R2024-03 (Decree 09 month) or 2024-Q1.")
    String period;

    @Option(names = "--unit", paramLabel = "CODE", description = "Only this unit (e.g. 502); default: the province summary.")
    String unit;

    @Option(names = "--format", defaultValue = "pdf,xlsx,html", paramLabel = "LIST", description = "Formats (default: ${DEFAULT-VALUE}).")
    String formats;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the files to.")
    Path out;

    ReportBreachesCommand(ObjectProvider<BreachReports> reports) {
        this.reports = requireNonNull(reports, "reports is null");
    }

    @Override
    public Integer call() {
        GenerationResult result = reports.getObject().generate(period, unit, ReportFormat.parseList(formats), out);
        PrintWriter output = spec.commandLine().getOut();
        output.printf("%d breaches (%d new, %d units at risk, %d resolved) in %s%n", result.breaches(), result.newBreaches(),
                result.atRisk(), result.resolved(), period);
        result.files().forEach(file -> output.println("  " + file));
        if (!result.unitsWithoutRecipient().isEmpty()) {
            output.println("breached units nobody receives a report for: " + String.join(", ", result.unitsWithoutRecipient()));
        }
        output.flush();
        return 0;
    }
}

package vn.gov.quangnam.lris.jobs.cli;

import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.gov.quangnam.lris.jobs.ingestion.IngestionOutcome;
import vn.gov.quangnam.lris.jobs.ingestion.IngestionRunner;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import static java.util.Objects.requireNonNull;

/** {@code lris ingest [--source NAME]}: runs the ingestion jobs now, one endpoint after the other. */
@Command(name = "ingest", usageHelpWidth = 100, description = {
        "Runs the ingestion jobs now: pulls every configured source endpoint into the raw tables.",
        "A source that fails does not stop the others; the command then exits with 1 and says which and why."})
class IngestCommand implements Callable<Integer> {
    private final ObjectProvider<IngestionRunner> runner;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "NAME",
            description = "Only the endpoint with this name, or the endpoints of this source (onestop, documents, results, report_forms).")
    String source;

    IngestCommand(ObjectProvider<IngestionRunner> runner) {
        this.runner = requireNonNull(runner, "runner is null");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        IngestionRunner ingestion = runner.getObject();
        if (ingestion.configuredEndpoints().isEmpty()) {
            out.println("no ingestion endpoints are configured (lris.ingestion.endpoints); nothing to do");
            out.flush();
            return 0;
        }
        List<IngestionOutcome> outcomes = ingestion.runAll(Optional.ofNullable(source));
        outcomes.forEach(out::println);
        out.flush();
        return outcomes.stream().anyMatch(IngestionOutcome::failed) ? 1 : 0;
    }
}

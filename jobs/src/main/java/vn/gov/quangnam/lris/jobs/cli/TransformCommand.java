package vn.gov.quangnam.lris.jobs.cli;

import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.gov.quangnam.lris.jobs.transforms.TransformOutcome;
import vn.gov.quangnam.lris.jobs.transforms.TransformRunner;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import static java.util.Objects.requireNonNull;

/** {@code lris transform [--full] [--as-of DATE] [--from yyyy-MM] [--to yyyy-MM]}: recomputes the published tables with Spark. */
@Command(name = "transform", usageHelpWidth = 100, description = {
        "Recomputes the published tables (mart.fct_indicator_values, mart.fct_breaches, quality.self_reported_gaps).",
        "Incremental by default: only the records ingested since the last run are read, and only the years they touch",
        "(and the year still running at the last run) are recomputed; --full rebuilds every year from all raw data."})
class TransformCommand implements Callable<Integer> {
    private final ObjectProvider<TransformRunner> runner;

    @Spec
    CommandSpec spec;

    @Option(names = "--full", description = "Rebuild everything from the raw tables.")
    boolean full;

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "Judge the figures as on this day (default: today in Hanoi time).")
    LocalDate asOf;

    @Option(names = "--from", paramLabel = "yyyy-MM", description = {
            "Recompute the periods from this month's year on, even if no record of them changed (after a source was corrected).",
            "Later periods are recomputed too: consecutive breaches, year-to-date values and projections build on earlier ones."})
    YearMonth from;

    @Option(names = "--to", paramLabel = "yyyy-MM", description = "The last month asked for (must not be before --from).")
    YearMonth to;

    TransformCommand(ObjectProvider<TransformRunner> runner) {
        this.runner = requireNonNull(runner, "runner is null");
    }

    @Override
    public Integer call() {
        if (from != null && to != null && to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--to " + to + " is before --from " + from + ": give the earlier month to --from");
        }
        TransformOutcome outcome = runner.getObject().run(full, asOf, from, to);
        PrintWriter out = spec.commandLine().getOut();
        if (!outcome.succeeded()) {
            spec.commandLine().getErr().println("lris transform: " + outcome.failure());
            return 1;
        }
        out.printf("transform (%s, years %s: %s values recomputed) published %s indicator values, %s breaches, "
                        + "%s self-reported gaps in %.1f s%n",
                outcome.result().get("mode"), outcome.result().get("window"), outcome.result().get("recomputed_values"),
                outcome.result().get("indicator_values"), outcome.result().get("breaches"),
                outcome.result().get("self_reported_gaps"), outcome.elapsed().toMillis() / 1000.0);
        StatusSummary.print(out, outcome.statusLines());
        out.flush();
        return 0;
    }
}

package vn.gov.quangnam.lris.jobs.cli;

import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.gov.quangnam.lris.jobs.metadata.JobRun;
import vn.gov.quangnam.lris.jobs.metadata.JobRunHistory;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import static java.util.Objects.requireNonNull;

/** {@code lris status}: the recent runs of every job, from the Spring Batch job repository. */
@Command(name = "status", usageHelpWidth = 100, description = "Recent runs of every job: start, end, records read/landed/quarantined, outcome.")
class StatusCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String ROW = "%-32s %-19s  %-19s  %10s %10s %8s  %s%n";

    private final ObjectProvider<JobRunHistory> history;
    private final ObjectProvider<vn.gov.quangnam.lris.reports.BreachReports> reports;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "How many runs to show, newest first (default: ${DEFAULT-VALUE}).")
    int limit;

    StatusCommand(ObjectProvider<JobRunHistory> history, ObjectProvider<vn.gov.quangnam.lris.reports.BreachReports> reports) {
        this.history = requireNonNull(history, "history is null");
        this.reports = requireNonNull(reports, "reports is null");
    }

    @Override
    public Integer call() {
        List<JobRun> runs = history.getObject().recentRuns(limit);
        PrintWriter out = spec.commandLine().getOut();
        if (runs.isEmpty()) {
            out.println("no job runs yet");
        } else {
            out.printf(ROW, "job", "started", "ended", "read", "landed", "quarant.", "status");
            runs.forEach(run -> out.printf(ROW, run.jobName(), time(run.startedAt()), time(run.endedAt()),
                    run.read(), run.written(), run.skipped(), outcome(run)));
        }
        List<vn.gov.quangnam.lris.reports.OutboxMessage> failed = reports.getObject().failedMessages();
        if (!failed.isEmpty()) {
            out.println();
            out.println("breach report e-mails that keep failing (they are retried on the next delivery):");
            failed.forEach(message -> out.printf("  %s %s to %s <%s>: %d attempts, %s%n", message.periodId(),
                    message.reportKind(), message.recipientName(), message.recipientEmail(), message.attempts(), message.lastError()));
        }
        out.flush();
        return 0;
    }

    private static String time(LocalDateTime time) {
        return time == null ? "-" : TIME.format(time);
    }

    private static String outcome(JobRun run) {
        return run.exitCode() == null || run.exitCode().equals(run.status()) ? run.status() : run.status() + " (" + run.exitCode() + ")";
    }
}

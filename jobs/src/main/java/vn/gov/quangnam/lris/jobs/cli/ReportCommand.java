package vn.gov.quangnam.lris.jobs.cli;

import picocli.CommandLine.Command;

/** {@code lris report}: groups the report subcommands. */
@Command(name = "report", usageHelpWidth = 100, description = "Writes reports.", subcommands = ReportBreachesCommand.class)
class ReportCommand {
}

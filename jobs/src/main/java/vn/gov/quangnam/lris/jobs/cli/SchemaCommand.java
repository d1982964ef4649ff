package vn.gov.quangnam.lris.jobs.cli;

import picocli.CommandLine.Command;

/** {@code lris schema}: groups the commands on the warehouse's tables. */
@Command(name = "schema", usageHelpWidth = 100, description = "The warehouse's tables.", subcommands = SchemaApplyCommand.class)
class SchemaCommand {
}

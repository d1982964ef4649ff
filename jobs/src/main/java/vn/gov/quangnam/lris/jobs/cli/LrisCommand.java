package vn.gov.quangnam.lris.jobs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code lris}: the root command; it only groups the subcommands and declares the options they all accept. */
@Command(name = "lris",
        description = "LRIS Warehouse: the data warehouse of Quảng Nam's reporting information system.",
        subcommands = {SchemaCommand.class, DemoCommand.class, IngestCommand.class, TransformCommand.class, ReportCommand.class, ServeCommand.class, StatusCommand.class},
        footer = {"",
                "Settings: give any setting as --<key>=<value> (e.g. --lris.home=/var/lib/lris) or in the environment "
                        + "(LRIS_HOME, LRIS_DB_URL, LRIS_DB_USER, LRIS_DB_PASSWORD); every key and its default is "
                        + "listed in jobs/src/main/resources/application.yaml. Under ./lris the local state directory "
                        + ".lris/ is relative to the repository root.",
                "",
                "Exit codes: 0 done, 1 failed, 2 wrong usage, settings or reference data."},
        usageHelpWidth = 100)
class LrisCommand {
    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help and exit.")
    boolean helpRequested;

    /** Read before Spring starts (see {@link CommandLineArguments#spring}); declared here so that picocli accepts it. */
    @Option(names = CommandLineArguments.VERBOSE_OPTION, scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace; show every log line of level INFO and above.")
    boolean verbose;
}

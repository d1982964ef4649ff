package vn.gov.quangnam.lris.jobs.cli;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

import static java.util.Objects.requireNonNull;

/** Runs the command line once the application context is up, and keeps its exit code for {@code SpringApplication.exit}. */
@Component
class LrisCommandLineRunner implements CommandLineRunner, ExitCodeGenerator {
    private final SpringCommandFactory factory;
    private final boolean verbose;
    private int exitCode;

    LrisCommandLineRunner(SpringCommandFactory factory, Environment environment) {
        this.factory = requireNonNull(factory, "factory is null");
        this.verbose = environment.getProperty("lris.verbose", Boolean.class, false);
    }

    @Override
    public void run(String... arguments) {
        CommandLine commandLine = new CommandLine(LrisCommand.class, factory)
                .setExecutionExceptionHandler(new CommandFailureHandler(verbose));
        exitCode = commandLine.execute(CommandLineArguments.command(arguments));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

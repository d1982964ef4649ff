package vn.gov.quangnam.lris.jobs.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** Turns an exception thrown by a command into its one-paragraph message on stderr and its exit code. */
final class CommandFailureHandler implements CommandLine.IExecutionExceptionHandler {
    private final boolean verbose;

    CommandFailureHandler(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        CommandFailure failure = CommandFailure.of(exception);
        PrintWriter err = commandLine.getErr();
        err.println(failure.message());
        if (verbose) {
            exception.printStackTrace(err);
        }
        err.flush();
        return failure.exitCode();
    }
}

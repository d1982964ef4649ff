package vn.gov.quangnam.lris.jobs.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.gov.quangnam.lris.jobs.LrisApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the command line does before or without the metadata database: help never starts or connects to it, and a
 * database that does not answer is a one-paragraph failure with exit code 1.
 */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineWithoutDatabaseTest {
    @TempDir
    Path home;

    @Test
    void helpOfACommandNeedsNoDatabase(CapturedOutput output) throws IOException {
        int exitCode = LrisApplication.run(withUnreachableDatabase("demo", "--help"));

        assertThat(exitCode).as("stderr:%n%s", output.getErr()).isZero();
        assertThat(output.getOut()).contains("Usage: lris demo").contains("--once");
        assertThat(output.getErr()).isEmpty();
    }

    @Test
    void helpListsTheCommands(CapturedOutput output) throws IOException {
        assertThat(LrisApplication.run(withUnreachableDatabase("--help"))).isZero();

        assertThat(output.getOut()).contains("Usage: lris").contains("schema").contains("demo").contains("status")
                .contains("Exit codes: 0 done, 1 failed, 2 wrong usage, settings or reference data.");
    }

    @Test
    void noCommandIsAUsageError(CapturedOutput output) throws IOException {
        assertThat(LrisApplication.run(withUnreachableDatabase())).isEqualTo(2);

        assertThat(output.getErr()).contains("Missing required subcommand").contains("Usage: lris");
    }

    @Test
    void anUnreachableDatabaseIsAOneParagraphFailureWithExitCode1(CapturedOutput output) throws IOException {
        int exitCode = LrisApplication.run(withUnreachableDatabase("status"));

        assertThat(exitCode).isEqualTo(1);
        assertThat(output.getErr()).startsWith("lris: metadata database: Connection to 127.0.0.1:")
                .contains("refused").contains("--verbose").doesNotContain("\tat ");
        assertThat(output.getErr().lines()).hasSize(1);
    }

    @Test
    void verboseAddsTheStackTrace(CapturedOutput output) throws IOException {
        assertThat(LrisApplication.run(withUnreachableDatabase("status", "--verbose"))).isEqualTo(1);

        assertThat(output.getErr()).contains("lris: metadata database: Connection to 127.0.0.1:").contains("\tat ");
    }

    private String[] withUnreachableDatabase(String... command) throws IOException {
        String[] arguments = new String[command.length + 3];
        System.arraycopy(command, 0, arguments, 0, command.length);
        arguments[command.length] = "--lris.home=" + home;
        arguments[command.length + 1] = "--lris.metadata-database.embedded=false";
        arguments[command.length + 2] = "--lris.metadata-database.url=jdbc:postgresql://127.0.0.1:" + closedPort() + "/lris";
        return arguments;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

package vn.gov.quangnam.lris.localstack.trino;

import vn.gov.quangnam.lris.localstack.ExternalCommand;
import vn.gov.quangnam.lris.localstack.LocalStackException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Trino's {@code bin/launcher} for one server directory: starts the server as a daemon with the Trino JDK, reports
 * whether it runs (its pid file), stops it with SIGTERM and waits.
 */
final class TrinoLauncher {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);

    private final TrinoInstallation installation;
    private final TrinoJava java;
    private final LocalTrinoSettings settings;

    TrinoLauncher(TrinoInstallation installation, TrinoJava java, LocalTrinoSettings settings) {
        this.installation = installation;
        this.java = java;
        this.settings = settings;
    }

    /** Returns what the launcher printed ("Started as 1234"), for error messages. */
    String start() {
        return ExternalCommand.of(command("start"), COMMAND_TIMEOUT).run().strip();
    }

    /** Whether the process of the pid file is alive (the launcher's own 'status' reads the same file). */
    boolean isRunning() {
        return pid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    Optional<Long> pid() {
        Path pidFile = settings.dataDirectory().resolve("var/run/launcher.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGTERM and wait for the process to end; SIGKILL if it has not ended within the stop timeout. */
    void stop() {
        try {
            ExternalCommand.of(command("stop"), STOP_TIMEOUT).run();
        } catch (LocalStackException stopFailed) {
            if (isRunning()) {
                ExternalCommand.of(command("kill"), COMMAND_TIMEOUT).run();
            }
        }
        if (isRunning()) {
            throw new LocalStackException("Trino (pid " + pid().orElse(-1L) + ", server directory " + settings.serverDirectory()
                    + ") is still running after 'launcher stop' and 'launcher kill'; stop it by hand");
        }
    }

    void kill() {
        if (isRunning()) {
            ExternalCommand.of(command("kill"), COMMAND_TIMEOUT).run();
        }
    }

    private List<String> command(String action) {
        List<String> command = new ArrayList<>(List.of(installation.launcher().toString(),
                "-jvm-dir", java.home().toString(),
                "-etc-dir", settings.etcDirectory().toString(),
                "-data-dir", settings.dataDirectory().toString()));
        command.add(action);
        return command;
    }

    /** The command an operator can run to stop this server by hand (for error messages). */
    String stopCommand() {
        return String.join(" ", command("stop"));
    }
}

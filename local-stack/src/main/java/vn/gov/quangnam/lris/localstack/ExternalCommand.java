package vn.gov.quangnam.lris.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;

/**
 * Runs a program to completion with a time limit and keeps its output, so that a failure can be reported with what
 * the program itself said.
 */
public final class ExternalCommand {
    private static final int OUTPUT_TAIL_CHARACTERS = 4000;

    private final List<String> command;
    private final Duration timeout;
    private final Map<String, String> environment;

    private ExternalCommand(List<String> command, Duration timeout, Map<String, String> environment) {
        this.command = List.copyOf(requireNonNull(command, "command is null"));
        this.timeout = requireNonNull(timeout, "timeout is null");
        this.environment = Map.copyOf(environment);
    }

    public static ExternalCommand of(List<String> command, Duration timeout) {
        return new ExternalCommand(command, timeout, Map.of());
    }

    public ExternalCommand withEnvironment(Map<String, String> variables) {
        return new ExternalCommand(command, timeout, variables);
    }

    /** Runs the command; returns its output, or throws with the output's tail if it fails or times out. */
    public String run() {
        Path output = null;
        try {
            output = Files.createTempFile("lris-command", ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new LocalStackException(String.format("'%s' did not finish within %s; its output:%n%s",
                        String.join(" ", command), timeout, tail(output)));
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new LocalStackException(String.format("'%s' failed with exit code %d; its output:%n%s",
                        String.join(" ", command), process.exitValue(), tail(output)));
            }
            return text;
        } catch (IOException e) {
            throw new LocalStackException("cannot run '" + String.join(" ", command) + "': " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while running '" + String.join(" ", command) + "'", e);
        } finally {
            deleteQuietly(output);
        }
    }

    /** Prefixes a command so that it runs as {@code user} when this process is root (used for PostgreSQL). */
    public static List<String> asUser(String user, List<String> command) {
        if (!isRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", user, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String tail(Path output) throws IOException {
        String text = Files.readString(output, StandardCharsets.UTF_8);
        return text.length() <= OUTPUT_TAIL_CHARACTERS ? text : "..." + text.substring(text.length() - OUTPUT_TAIL_CHARACTERS);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary log file left behind is harmless
        }
    }
}

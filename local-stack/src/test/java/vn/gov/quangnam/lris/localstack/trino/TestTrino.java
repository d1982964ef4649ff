package vn.gov.quangnam.lris.localstack.trino;

import vn.gov.quangnam.lris.localstack.LocalStackException;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One real Trino per test JVM (starting one takes ~15-20 s and ~1.5 GB), started on first use on a free port with a
 * temporary server directory, stopped and deleted when the JVM exits. Shared by the integration tests of every module
 * (test-jar).
 *
 * <p>The first caller's catalogs and security files are the server's: a later call with other ones fails, because a
 * catalog cannot change without a restart. Tests of one module therefore go through one fixture that prepares them once.
 */
public final class TestTrino {
    private static final int START_ATTEMPTS = 3;
    private static LocalTrino server;
    private static Map<String, Map<String, String>> startedCatalogs;
    private static TrinoSecurityFiles startedSecurity;

    private TestTrino() {
    }

    public static synchronized LocalTrino shared(Map<String, Map<String, String>> catalogs, TrinoSecurityFiles security) {
        if (server == null) {
            Path directory = temporaryDirectory();
            server = startOnAFreePort(directory, catalogs, security);
            startedCatalogs = Map.copyOf(catalogs);
            startedSecurity = security;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                deleteRecursively(directory);
            }, "stop-test-trino"));
        } else if (!startedCatalogs.equals(catalogs) || !startedSecurity.equals(security)) {
            throw new IllegalStateException("the test JVM's Trino was started with catalogs " + startedCatalogs.keySet()
                    + " and other security files; one Trino serves the whole test JVM, so every test must use the same "
                    + "catalogs and security (prepare them once, in one shared fixture)");
        }
        return server;
    }

    /**
     * A port found free can be taken before Trino binds it (the kernel hands the same ephemeral range to outgoing
     * connections of the concurrently running tests); then Trino exits while starting, and is started again on
     * another port in a fresh directory.
     */
    private static LocalTrino startOnAFreePort(Path directory, Map<String, Map<String, String>> catalogs, TrinoSecurityFiles security) {
        LocalStackException failure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return LocalTrino.start(LocalTrinoSettings.of(directory.resolve("server-" + attempt), TestPostgres.freePort(),
                        catalogs, security));
            } catch (LocalStackException e) {
                System.err.println("test Trino did not start (attempt " + attempt + " of " + START_ATTEMPTS + "): " + e.getMessage());
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        throw failure;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("lris-test-trino");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // the temporary directory is cleaned by the OS eventually
        }
    }
}

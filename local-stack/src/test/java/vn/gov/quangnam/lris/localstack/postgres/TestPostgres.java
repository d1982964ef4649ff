package vn.gov.quangnam.lris.localstack.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One throwaway PostgreSQL server per test JVM, started on first use on a free port with a temporary data directory,
 * stopped and deleted when the JVM exits. Shared by the integration tests of every module (test-jar).
 */
public final class TestPostgres {
    private static LocalPostgres server;

    private TestPostgres() {
    }

    public static synchronized LocalPostgres shared() {
        if (server == null) {
            Path dataDirectory = temporaryDirectory().resolve("data");
            server = LocalPostgres.start(new LocalPostgresSettings(dataDirectory, freePort(), "lris_test", "lris",
                    "lris-test-password", false));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                deleteRecursively(dataDirectory.getParent());
            }, "stop-test-postgres"));
        }
        return server;
    }

    /** A new, empty database on the shared server: tests that must not see each other's tables use one each. */
    public static String createDatabase(String name) {
        LocalPostgres shared = shared();
        try (var connection = shared.connect(); var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return "jdbc:postgresql://127.0.0.1:" + shared.port() + "/" + name;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("lris-test-postgres");
            directory.toFile().setExecutable(true, false);
            directory.toFile().setReadable(true, false);
            return directory;
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

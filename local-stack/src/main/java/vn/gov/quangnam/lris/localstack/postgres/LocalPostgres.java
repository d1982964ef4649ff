package vn.gov.quangnam.lris.localstack.postgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.localstack.ExternalCommand;
import vn.gov.quangnam.lris.localstack.LocalStackException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * A real PostgreSQL server on 127.0.0.1 with a project-local or throwaway data directory: the metadata database of
 * the embedded defaults (Iceberg JDBC catalog, Spring Batch job repository, Quartz job store).
 *
 * <p>Starting is idempotent: a server already running on the data directory (for example the one of a running
 * {@code ./lris demo}) is reused and left running on {@link #close()}; a server this object started is stopped.
 * As root, the server runs as the {@code postgres} user because initdb refuses root.
 */
public final class LocalPostgres implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);
    private static final String SERVER_USER = "postgres";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final LocalPostgresSettings settings;
    private final PostgresBinaries binaries;
    private final String password;
    private final boolean startedHere;

    private LocalPostgres(LocalPostgresSettings settings, PostgresBinaries binaries, String password, boolean startedHere) {
        this.settings = settings;
        this.binaries = binaries;
        this.password = password;
        this.startedHere = startedHere;
    }

    /** Installs PostgreSQL if needed, initialises the data directory if new, starts the server unless running. */
    public static LocalPostgres start(LocalPostgresSettings settings) {
        PostgresBinaries binaries = PostgresBinaries.locateOrInstall();
        String password = resolvePassword(settings);
        prepareDataDirectory(settings, binaries, password);
        boolean running = isRunning(settings, binaries);
        if (running) {
            log.info("PostgreSQL is already running on {}; reusing it", settings.dataDirectory());
        } else {
            startServer(settings, binaries);
        }
        LocalPostgres server = new LocalPostgres(settings, binaries, password, !running);
        server.createDatabaseIfMissing();
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + settings.port() + "/" + settings.database();
    }

    public String user() {
        return settings.user();
    }

    public String password() {
        return password;
    }

    public int port() {
        return settings.port();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), settings.user(), password);
    }

    /** Stops the server if this object started it. */
    @Override
    public void close() {
        if (!startedHere) {
            return;
        }
        ExternalCommand.of(ExternalCommand.asUser(SERVER_USER, List.of(binaries.program("pg_ctl"),
                "-D", settings.dataDirectory().toString(), "-m", "fast", "-w", "-t", "60", "stop")),
                Duration.ofSeconds(90)).run();
        log.info("PostgreSQL on port {} stopped", settings.port());
    }

    private static String resolvePassword(LocalPostgresSettings settings) {
        if (settings.password() != null && !settings.password().isBlank()) {
            return settings.password();
        }
        Path file = settings.passwordFile();
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String generated = HexFormat.of().formatHex(random);
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return generated;
        } catch (IOException e) {
            throw new LocalStackException("cannot read or create the PostgreSQL password file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void prepareDataDirectory(LocalPostgresSettings settings, PostgresBinaries binaries, String password) {
        Path directory = settings.dataDirectory();
        if (Files.exists(directory.resolve("PG_VERSION"))) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            Path passwordInput = Files.createTempFile("lris-pg", ".pw");
            try {
                Files.writeString(passwordInput, password + "\n", StandardCharsets.UTF_8);
                if (ExternalCommand.isRoot()) {
                    ExternalCommand.of(List.of("chown", "-R", SERVER_USER + ":" + SERVER_USER, directory.toString(),
                            passwordInput.toString()), Duration.ofSeconds(30)).run();
                }
                log.info("initialising a PostgreSQL cluster in {} with {}", directory, binaries);
                ExternalCommand.of(ExternalCommand.asUser(SERVER_USER, List.of(binaries.program("initdb"),
                        "-D", directory.toString(), "-U", settings.user(), "--pwfile=" + passwordInput,
                        "-A", "scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions")),
                        Duration.ofMinutes(3)).run();
            } finally {
                Files.deleteIfExists(passwordInput);
            }
            String serverSettings = "\n# written by LRIS Warehouse: loopback TCP only, no Unix socket\n"
                    + "listen_addresses = '127.0.0.1'\n"
                    + "unix_socket_directories = ''\n"
                    + "max_connections = 200\n"
                    + (settings.durable() ? "" : "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n");
            Files.writeString(directory.resolve("postgresql.conf"), serverSettings, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new LocalStackException("cannot prepare the PostgreSQL data directory " + directory + ": " + e.getMessage(), e);
        }
    }

    private static boolean isRunning(LocalPostgresSettings settings, PostgresBinaries binaries) {
        try {
            ExternalCommand.of(ExternalCommand.asUser(SERVER_USER, List.of(binaries.program("pg_ctl"),
                    "-D", settings.dataDirectory().toString(), "status")), Duration.ofSeconds(30)).run();
            return true;
        } catch (LocalStackException notRunning) {
            return false;
        }
    }

    private static void startServer(LocalPostgresSettings settings, PostgresBinaries binaries) {
        long started = System.nanoTime();
        try {
            ExternalCommand.of(ExternalCommand.asUser(SERVER_USER, List.of(binaries.program("pg_ctl"),
                    "-D", settings.dataDirectory().toString(), "-l", settings.serverLog().toString(),
                    "-o", "-p " + settings.port(), "-w", "-t", String.valueOf(START_TIMEOUT.toSeconds()), "start")),
                    START_TIMEOUT.plusSeconds(30)).run();
        } catch (LocalStackException e) {
            throw new LocalStackException("PostgreSQL did not start on 127.0.0.1:" + settings.port()
                    + " with data directory " + settings.dataDirectory() + " (is the port taken by another server?). "
                    + "Its log " + settings.serverLog() + " ends with:\n" + logTail(settings.serverLog()), e);
        }
        log.info("PostgreSQL started on 127.0.0.1:{} in {} ms", settings.port(), (System.nanoTime() - started) / 1_000_000);
    }

    private void createDatabaseIfMissing() {
        String adminUrl = "jdbc:postgresql://127.0.0.1:" + settings.port() + "/postgres";
        try (Connection connection = DriverManager.getConnection(adminUrl, settings.user(), password);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, settings.database());
            try (ResultSet result = exists.executeQuery()) {
                if (!result.next()) {
                    connection.createStatement().execute("CREATE DATABASE \"" + settings.database().replace("\"", "\"\"") + "\"");
                    log.info("created database {}", settings.database());
                }
            }
        } catch (SQLException e) {
            throw new LocalStackException("cannot connect to the local PostgreSQL at " + adminUrl + " as "
                    + settings.user() + ": " + e.getMessage() + ". If the data directory " + settings.dataDirectory()
                    + " was initialised with another password, set the same password again or remove the directory.", e);
        }
    }

    private static String logTail(Path serverLog) {
        try {
            List<String> lines = Files.readAllLines(serverLog, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}

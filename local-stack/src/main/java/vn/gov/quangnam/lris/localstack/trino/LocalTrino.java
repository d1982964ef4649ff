package vn.gov.quangnam.lris.localstack.trino;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.localstack.LocalStackException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * A real single-node Trino {@value TrinoArtifacts#VERSION} on 127.0.0.1 for the demo and the integration tests: HTTPS
 * only (self-signed certificate, see {@link TrinoCertificate}), password logins from a bcrypt password file,
 * file-based access control, and the catalogs of {@link LocalTrinoSettings}.
 *
 * <p>The server comes from Maven's local repository, unpacked once per machine ({@link TrinoInstallation}), and runs on
 * the JDK that {@link TrinoJava} finds. Starting is idempotent like {@code LocalPostgres}: a server already running on
 * the same server directory with the same configuration is reused (its password file and rules are updated in place,
 * Trino re-reads them within a minute) and left running on {@link #close()}; a server this object started is stopped.
 */
public final class LocalTrino implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalTrino.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final LocalTrinoSettings settings;
    private final TrinoCertificate certificate;
    private final TrinoLauncher launcher;
    private final boolean startedHere;

    private LocalTrino(LocalTrinoSettings settings, TrinoCertificate certificate, TrinoLauncher launcher, boolean startedHere) {
        this.settings = settings;
        this.certificate = certificate;
        this.launcher = launcher;
        this.startedHere = startedHere;
    }

    /** Unpacks Trino if needed, writes {@code etc/}, starts the server unless it already runs, waits until it answers. */
    public static LocalTrino start(LocalTrinoSettings settings) {
        return start(settings, TrinoInstallation.prepare(), TrinoJava.locate());
    }

    public static LocalTrino start(LocalTrinoSettings settings, TrinoInstallation installation, TrinoJava java) {
        requireNonNull(settings, "settings is null");
        try {
            ServerFiles.createPrivateDirectory(settings.serverDirectory());
            TrinoCertificate certificate = TrinoCertificate.createIfMissing(settings.tlsDirectory(), java);
            String sharedSecret = ServerFiles.readOrCreateSecret(settings.serverDirectory().resolve("shared-secret"));
            TrinoServerConfiguration configuration = TrinoServerConfiguration.render(settings, certificate, sharedSecret);
            TrinoLauncher launcher = new TrinoLauncher(installation, java, settings);
            boolean running = launcher.isRunning();
            TrinoServerLog serverLog = TrinoServerLog.fromCurrentEnd(settings.serverLog());
            if (running) {
                checkRunningServerHasSameConfiguration(settings, configuration, launcher);
                writeFiles(settings.etcDirectory(), configuration.refreshedFiles());
                log.info("Trino is already running on {} (pid {}); reusing it (a change of accounts or rules applies within {})",
                        settings.serverDirectory(), launcher.pid().orElse(-1L), TrinoServerConfiguration.SECURITY_REFRESH_PERIOD);
            } else {
                writeEtcDirectory(settings.etcDirectory(), configuration);
                Files.createDirectories(settings.dataDirectory());
                startServer(settings, java, launcher, serverLog);
            }
            LocalTrino trino = new LocalTrino(settings, certificate, launcher, !running);
            trino.awaitReady(serverLog);
            return trino;
        } catch (IOException e) {
            throw new LocalStackException("cannot prepare the Trino server directory " + settings.serverDirectory() + ": " + e.getMessage(), e);
        }
    }

    private static void startServer(LocalTrinoSettings settings, TrinoJava java, TrinoLauncher launcher, TrinoServerLog serverLog) {
        long started = System.nanoTime();
        log.info("starting Trino {} on https://127.0.0.1:{} with {} (server directory {})", TrinoArtifacts.VERSION,
                settings.httpsPort(), java, settings.serverDirectory());
        String launcherSaid = launcher.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!serverLog.saysStarted()) {
            if (!launcher.isRunning()) {
                throw new LocalStackException("Trino stopped while starting on 127.0.0.1:" + settings.httpsPort()
                        + " (is the port taken by another server?). The launcher said: '" + launcherSaid + "'. "
                        + logTails(settings, serverLog));
            }
            if (System.nanoTime() > deadline) {
                launcher.kill();
                throw new LocalStackException("Trino did not say '" + TrinoServerLog.STARTED_LINE + "' within " + START_TIMEOUT
                        + " and was killed. " + logTails(settings, serverLog));
            }
            sleep(POLL_INTERVAL);
        }
        log.info("Trino started on https://127.0.0.1:{} in {} ms", settings.httpsPort(), (System.nanoTime() - started) / 1_000_000);
    }

    private void awaitReady(TrinoServerLog serverLog) {
        TrinoHttpsProbe probe = new TrinoHttpsProbe(certificate.truststore(), settings.httpsPort());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!probe.isReady()) {
            if (System.nanoTime() > deadline) {
                throw new LocalStackException("Trino on " + settings.serverDirectory() + " runs but https://127.0.0.1:"
                        + settings.httpsPort() + "/v1/info did not answer 'starting: false' within 60 s; is another server "
                        + "on that port, or a server of another directory? " + logTails(settings, serverLog));
            }
            sleep(POLL_INTERVAL);
        }
    }

    private static void checkRunningServerHasSameConfiguration(LocalTrinoSettings settings, TrinoServerConfiguration configuration,
                                                               TrinoLauncher launcher) throws IOException {
        List<String> different = new ArrayList<>();
        for (Map.Entry<String, String> file : configuration.restartFiles().entrySet()) {
            Path path = settings.etcDirectory().resolve(file.getKey());
            if (!Files.isRegularFile(path) || !Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
                different.add(file.getKey());
            }
        }
        if (!different.isEmpty()) {
            throw new LocalStackException("a Trino is already running on " + settings.serverDirectory() + " (pid "
                    + launcher.pid().orElse(-1L) + ") with other settings in " + different + "; stop it first ("
                    + launcher.stopCommand() + ") so that it restarts with the new ones");
        }
    }

    private static void writeEtcDirectory(Path etc, TrinoServerConfiguration configuration) throws IOException {
        ServerFiles.createPrivateDirectory(etc);
        Path catalogs = etc.resolve("catalog");
        if (Files.isDirectory(catalogs)) {
            try (Stream<Path> existing = Files.list(catalogs)) {
                for (Path file : existing.toList()) {
                    if (!configuration.restartFiles().containsKey("catalog/" + file.getFileName())) {
                        Files.delete(file);
                    }
                }
            }
        }
        writeFiles(etc, configuration.restartFiles());
        writeFiles(etc, configuration.refreshedFiles());
    }

    private static void writeFiles(Path etc, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            ServerFiles.writePrivate(etc.resolve(file.getKey()), file.getValue());
        }
    }

    /** Replaces the password file and access-control rules; the server applies them within a minute, without restart. */
    public void updateSecurity(TrinoSecurityFiles security) {
        LocalTrinoSettings updated = new LocalTrinoSettings(settings.serverDirectory(), settings.httpsPort(),
                settings.catalogs(), security, settings.maxHeap());
        try {
            String sharedSecret = ServerFiles.readOrCreateSecret(settings.serverDirectory().resolve("shared-secret"));
            writeFiles(settings.etcDirectory(), TrinoServerConfiguration.render(updated, certificate, sharedSecret).refreshedFiles());
        } catch (IOException e) {
            throw new LocalStackException("cannot write the security files of Trino in " + settings.etcDirectory() + ": " + e.getMessage(), e);
        }
    }

    private static String logTails(LocalTrinoSettings settings, TrinoServerLog serverLog) {
        StringBuilder message = new StringBuilder("Its log ").append(serverLog.file()).append(" ends with:\n").append(serverLog.tail());
        Path launcherLog = settings.launcherLog();
        if (Files.isRegularFile(launcherLog)) {
            message.append("\nand ").append(launcherLog).append(" with:\n").append(TrinoServerLog.whole(launcherLog).tail());
        }
        return message.toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while waiting for Trino to start", e);
        }
    }

    public int httpsPort() {
        return settings.httpsPort();
    }

    /** {@code https://127.0.0.1:<port>}: the address for the CLI, the web UI and Superset. */
    public String serverUri() {
        return "https://127.0.0.1:" + settings.httpsPort();
    }

    /** A Trino JDBC URL for {@code catalog} that trusts this server's certificate. */
    public String jdbcUrl(String catalog) {
        return "jdbc:trino://127.0.0.1:" + settings.httpsPort() + "/" + catalog + "?SSL=true&SSLTrustStorePath=" + certificate.truststore();
    }

    /** PKCS12 truststore without password, for Java clients (JDBC, CLI, DBeaver). */
    public Path truststore() {
        return certificate.truststore();
    }

    /** The server's certificate as PEM, for Python (Superset) and ODBC clients. */
    public Path certificatePem() {
        return certificate.pem();
    }

    public Path serverLog() {
        return settings.serverLog();
    }

    public LocalTrinoSettings settings() {
        return settings;
    }

    public boolean startedHere() {
        return startedHere;
    }

    /** Stops the server if this object started it. */
    @Override
    public void close() {
        if (!startedHere) {
            return;
        }
        launcher.stop();
        log.info("Trino on port {} stopped", settings.httpsPort());
    }
}

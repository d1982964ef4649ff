package vn.gov.quangnam.lris.localstack.trino;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.localstack.ExternalCommand;
import vn.gov.quangnam.lris.localstack.LocalStackException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static java.util.Objects.requireNonNull;

/**
 * An unpacked Trino server with the Iceberg plugin, shared by every clone, test run and demo on the machine:
 * {@code <cache>/trino-476} with {@code bin/launcher}, {@code lib/} and {@code plugin/iceberg}. The cache directory is
 * {@value #CACHE_VARIABLE} if set, else {@code ~/.cache/lris}.
 *
 * <p>Unpacking happens once, into a temporary sibling directory that is then renamed, so a reader never sees half an
 * installation and two processes unpacking at once both end with the same complete directory.
 */
public final class TrinoInstallation {
    public static final String CACHE_VARIABLE = "LRIS_CACHE_DIR";
    private static final Logger log = LoggerFactory.getLogger(TrinoInstallation.class);

    private final Path home;

    private TrinoInstallation(Path home) {
        this.home = home;
    }

    /** Unpacks the artifacts of the standard local repository into the standard cache, unless done before. */
    public static TrinoInstallation prepare() {
        return prepare(MavenLocalRepository.standard(), defaultCacheDirectory());
    }

    public static Path defaultCacheDirectory() {
        String configured = System.getenv(CACHE_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".cache", "lris");
    }

    public static TrinoInstallation prepare(MavenLocalRepository repository, Path cacheDirectory) {
        requireNonNull(repository, "repository is null");
        Path home = cacheDirectory.toAbsolutePath().normalize().resolve("trino-" + TrinoArtifacts.VERSION);
        TrinoInstallation installation = new TrinoInstallation(home);
        if (installation.isComplete()) {
            return installation;
        }
        Path server = repository.require(TrinoArtifacts.SERVER);
        Path icebergPlugin = repository.require(TrinoArtifacts.ICEBERG_PLUGIN);
        unpack(server, icebergPlugin, home);
        if (!installation.isComplete()) {
            throw new LocalStackException("unpacked " + server + " and " + icebergPlugin + " into " + home
                    + " but bin/launcher or plugin/iceberg is missing; delete " + home + " and try again");
        }
        return installation;
    }

    private boolean isComplete() {
        return Files.isExecutable(launcher()) && Files.isDirectory(home.resolve("plugin/iceberg"))
                && Files.isDirectory(home.resolve("plugin/password-authenticators"));
    }

    private static void unpack(Path server, Path icebergPlugin, Path home) {
        long started = System.nanoTime();
        Path staging = null;
        try {
            Files.createDirectories(home.getParent());
            staging = Files.createTempDirectory(home.getParent(), home.getFileName() + ".unpacking-");
            log.info("unpacking Trino {} from {} into {} (once per machine)", TrinoArtifacts.VERSION, server, home);
            ExternalCommand.of(List.of("tar", "-xzf", server.toString(), "-C", staging.toString(), "--strip-components=1"),
                    Duration.ofMinutes(5)).run();
            unzipPlugin(icebergPlugin, staging.resolve("plugin/iceberg"));
            moveIntoPlace(staging, home);
            log.info("Trino {} unpacked into {} in {} ms", TrinoArtifacts.VERSION, home, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new LocalStackException("cannot unpack Trino into " + home + ": " + e.getMessage()
                    + "; check free disk space (about 600 MB) and write access to " + home.getParent(), e);
        } finally {
            deleteRecursively(staging);
        }
    }

    /** Extracts a plugin zip whose entries sit under one top directory ({@code trino-iceberg-476/...}) into {@code target}. */
    static void unzipPlugin(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipInputStream input = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = input.getNextEntry(); entry != null; entry = input.getNextEntry()) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash < 0 ? name : name.substring(slash + 1);
                if (relative.isEmpty()) {
                    continue;
                }
                Path destination = target.resolve(relative).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException(zip + " has an entry outside its directory: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    copy(input, destination);
                }
            }
        }
    }

    private static void copy(InputStream input, Path destination) throws IOException {
        Files.copy(input, destination, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void moveIntoPlace(Path staging, Path home) throws IOException {
        try {
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherProcessWon) {
            log.info("another process unpacked Trino into {} first; using its copy", home);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + home.getParent() + " cannot rename directories atomically", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("cannot delete the temporary directory {}: {}", directory, e.getMessage());
        }
    }

    public Path home() {
        return home;
    }

    public Path launcher() {
        return home.resolve("bin/launcher");
    }

    @Override
    public String toString() {
        return "Trino " + TrinoArtifacts.VERSION + " at " + home;
    }
}

package vn.gov.quangnam.lris.localstack.postgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.localstack.ExternalCommand;
import vn.gov.quangnam.lris.localstack.LocalStackException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the PostgreSQL server programs ({@code initdb}, {@code pg_ctl}); on a fresh Debian machine where this process
 * is root, installs the {@code postgresql} package first, without letting it create and start the machine's default
 * cluster (the stack never touches a cluster it did not create).
 *
 * <p>Lookup order: the environment variable {@value #BIN_DIRECTORY_VARIABLE}, then the newest
 * {@code /usr/lib/postgresql/<version>/bin}.
 */
public final class PostgresBinaries {
    public static final String BIN_DIRECTORY_VARIABLE = "LRIS_POSTGRES_BIN";
    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");
    private static final Path NO_DEFAULT_CLUSTER = Path.of("/etc/postgresql-common/createcluster.d/lris-no-main-cluster.conf");

    private final Path binDirectory;

    private PostgresBinaries(Path binDirectory) {
        this.binDirectory = binDirectory;
    }

    /** Returns the server programs, installing the Debian package when they are missing and that is possible. */
    public static synchronized PostgresBinaries locateOrInstall() {
        Optional<PostgresBinaries> found = locate();
        if (found.isPresent()) {
            return found.get();
        }
        if (!ExternalCommand.isRoot() || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            throw new LocalStackException("PostgreSQL server programs (initdb, pg_ctl) were not found under "
                    + DEBIAN_ROOT + "/<version>/bin. Install them (Debian: 'sudo apt-get install postgresql'), "
                    + "or set " + BIN_DIRECTORY_VARIABLE + " to their directory, "
                    + "or point lris.metadata-database.url at an existing PostgreSQL server.");
        }
        install();
        return locate().orElseThrow(() -> new LocalStackException(
                "the postgresql package was installed but no initdb appeared under " + DEBIAN_ROOT));
    }

    static Optional<PostgresBinaries> locate() {
        String configured = System.getenv(BIN_DIRECTORY_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path directory = Path.of(configured);
            if (!Files.isExecutable(directory.resolve("initdb"))) {
                throw new LocalStackException(BIN_DIRECTORY_VARIABLE + "=" + configured
                        + " has no executable initdb; point it at PostgreSQL's bin directory or unset it");
            }
            return Optional.of(new PostgresBinaries(directory));
        }
        if (!Files.isDirectory(DEBIAN_ROOT)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_ROOT)) {
            return versions
                    .map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(PostgresBinaries::majorVersion))
                    .map(PostgresBinaries::new);
        } catch (IOException e) {
            throw new LocalStackException("cannot list " + DEBIAN_ROOT + ": " + e.getMessage(), e);
        }
    }

    private static void install() {
        log.info("PostgreSQL is not installed: installing the Debian package 'postgresql' (one time, about a minute)");
        try {
            Files.createDirectories(NO_DEFAULT_CLUSTER.getParent());
            Files.writeString(NO_DEFAULT_CLUSTER, "# written by LRIS Warehouse: do not start a default cluster on install\n"
                    + "create_main_cluster = false\n");
        } catch (IOException e) {
            throw new LocalStackException("cannot write " + NO_DEFAULT_CLUSTER + ": " + e.getMessage(), e);
        }
        Map<String, String> noninteractive = Map.of("DEBIAN_FRONTEND", "noninteractive");
        ExternalCommand.of(List.of("apt-get", "update", "-q"), Duration.ofMinutes(5))
                .withEnvironment(noninteractive).run();
        ExternalCommand.of(List.of("apt-get", "install", "-y", "-q", "--no-install-recommends", "postgresql"),
                Duration.ofMinutes(10)).withEnvironment(noninteractive).run();
    }

    private static int majorVersion(Path binDirectory) {
        try {
            return Integer.parseInt(binDirectory.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public String program(String name) {
        return binDirectory.resolve(name).toString();
    }

    @Override
    public String toString() {
        return binDirectory.toString();
    }
}

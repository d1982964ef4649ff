package vn.gov.quangnam.lris.localstack.trino;

import vn.gov.quangnam.lris.localstack.LocalStackException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * The JDK that runs Trino: Trino 476 needs Java 24 or newer, while the project's own code runs on 17.
 *
 * <p>Lookup order: the environment variable {@value #HOME_VARIABLE}; else the newest JDK under {@code /usr/lib/jvm}
 * whose {@code release} file says {@code JAVA_VERSION} 24 or newer (Temurin 25 on these machines).
 */
public final class TrinoJava {
    public static final String HOME_VARIABLE = "LRIS_JAVA25_HOME";
    public static final int MINIMUM_FEATURE_VERSION = 24;
    private static final Path JVM_ROOT = Path.of("/usr/lib/jvm");

    private final Path home;
    private final int featureVersion;

    private TrinoJava(Path home, int featureVersion) {
        this.home = requireNonNull(home, "home is null");
        this.featureVersion = featureVersion;
    }

    /** Finds the JDK from the environment and {@code /usr/lib/jvm}. */
    public static TrinoJava locate() {
        return locate(System.getenv(HOME_VARIABLE), JVM_ROOT);
    }

    static TrinoJava locate(String configuredHome, Path jvmRoot) {
        if (configuredHome != null && !configuredHome.isBlank()) {
            Path home = Path.of(configuredHome);
            int version = featureVersion(home).orElseThrow(() -> new LocalStackException(HOME_VARIABLE + "=" + configuredHome
                    + " is not a JDK: it has no 'release' file with JAVA_VERSION. Point it at a JDK " + MINIMUM_FEATURE_VERSION
                    + "+ directory (e.g. /usr/lib/jvm/temurin-25-jdk-amd64) or unset it."));
            if (version < MINIMUM_FEATURE_VERSION || !Files.isExecutable(home.resolve("bin/java"))) {
                throw new LocalStackException(HOME_VARIABLE + "=" + configuredHome + " is Java " + version
                        + " or has no bin/java; Trino " + TrinoArtifacts.VERSION + " needs a JDK " + MINIMUM_FEATURE_VERSION + " or newer.");
            }
            return new TrinoJava(home, version);
        }
        return newestUnder(jvmRoot).orElseThrow(() -> new LocalStackException("Trino " + TrinoArtifacts.VERSION
                + " needs a JDK " + MINIMUM_FEATURE_VERSION + " or newer and none was found under " + jvmRoot
                + " (a JDK's 'release' file says its JAVA_VERSION). Install one (e.g. Temurin 25 into "
                + "/usr/lib/jvm/temurin-25-jdk-amd64) or set " + HOME_VARIABLE + " to its directory."));
    }

    private static Optional<TrinoJava> newestUnder(Path jvmRoot) {
        if (!Files.isDirectory(jvmRoot)) {
            return Optional.empty();
        }
        try (Stream<Path> candidates = Files.list(jvmRoot)) {
            return candidates
                    .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .flatMap(home -> featureVersion(home).stream().map(version -> new TrinoJava(home, version)))
                    .filter(java -> java.featureVersion >= MINIMUM_FEATURE_VERSION)
                    .max(Comparator.comparingInt((TrinoJava java) -> java.featureVersion)
                            .thenComparing(java -> java.home.getFileName().toString()));
        } catch (IOException e) {
            throw new LocalStackException("cannot list " + jvmRoot + " to find a JDK for Trino: " + e.getMessage(), e);
        }
    }

    /** Reads {@code JAVA_VERSION="25.0.3"} (or {@code "1.8.0_402"}) from a JDK's release file. */
    static Optional<Integer> featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream input = Files.newInputStream(release)) {
            properties.load(input);
        } catch (IOException e) {
            return Optional.empty();
        }
        String version = properties.getProperty("JAVA_VERSION");
        if (version == null) {
            return Optional.empty();
        }
        String[] parts = version.replace("\"", "").trim().split("[.\\-+_]");
        try {
            int first = Integer.parseInt(parts[0]);
            return Optional.of(first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Path home() {
        return home;
    }

    public int featureVersion() {
        return featureVersion;
    }

    public Path keytool() {
        return home.resolve("bin/keytool");
    }

    public Path java() {
        return home.resolve("bin/java");
    }

    @Override
    public String toString() {
        return "Java " + featureVersion + " at " + home;
    }
}

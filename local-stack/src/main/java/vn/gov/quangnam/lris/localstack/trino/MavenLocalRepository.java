package vn.gov.quangnam.lris.localstack.trino;

import vn.gov.quangnam.lris.localstack.LocalStackException;

import java.nio.file.Files;
import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * Maven's local repository, where the build downloads the Trino server, its Iceberg plugin and the CLI once
 * ({@code serving/pom.xml} declares them): the system property {@code maven.repo.local} if set, else
 * {@code ~/.m2/repository}.
 */
public final class MavenLocalRepository {
    public static final String LOCATION_PROPERTY = "maven.repo.local";

    private final Path root;

    public MavenLocalRepository(Path root) {
        this.root = requireNonNull(root, "root is null").toAbsolutePath().normalize();
    }

    public static MavenLocalRepository standard() {
        String configured = System.getProperty(LOCATION_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new MavenLocalRepository(Path.of(configured));
        }
        return new MavenLocalRepository(Path.of(System.getProperty("user.home"), ".m2", "repository"));
    }

    public Path root() {
        return root;
    }

    /** The artifact's file, or an error that says which command downloads it. */
    public Path require(MavenArtifact artifact) {
        Path file = artifact.pathIn(root);
        if (!Files.isRegularFile(file)) {
            throw new LocalStackException(artifact + " is not in the local Maven repository " + root
                    + " (expected " + file + "). The build downloads it once: run './mvnw -q dependency:get -Dartifact="
                    + artifact.dependencyGetCoordinates() + " -Dtransitive=false' from the repository root "
                    + "(or './mvnw -pl serving -am verify', which resolves every Trino artifact). "
                    + "If Maven uses another local repository, pass -D" + LOCATION_PROPERTY + "=<its path>.");
        }
        return file;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}

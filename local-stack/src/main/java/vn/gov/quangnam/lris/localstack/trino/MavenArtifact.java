package vn.gov.quangnam.lris.localstack.trino;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * Coordinates of one artifact in a Maven repository, e.g. {@code io.trino:trino-server-core:476:tar.gz}, and where
 * Maven keeps it in a local repository ({@code <repository>/io/trino/trino-server-core/476/trino-server-core-476.tar.gz}).
 *
 * @param classifier null for none (e.g. {@code executable} for the Trino CLI)
 * @param extension the file type: {@code jar}, {@code zip}, {@code tar.gz}
 */
public record MavenArtifact(String groupId, String artifactId, String version, String classifier, String extension) {
    public MavenArtifact {
        requireNonNull(groupId, "groupId is null");
        requireNonNull(artifactId, "artifactId is null");
        requireNonNull(version, "version is null");
        requireNonNull(extension, "extension is null");
    }

    public String fileName() {
        return artifactId + "-" + version + (classifier == null ? "" : "-" + classifier) + "." + extension;
    }

    public Path pathIn(Path repository) {
        return repository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version).resolve(fileName());
    }

    /** The {@code -Dartifact=} value of {@code dependency:get}: {@code group:artifact:version:type[:classifier]}. */
    public String dependencyGetCoordinates() {
        return groupId + ":" + artifactId + ":" + version + ":" + extension + (classifier == null ? "" : ":" + classifier);
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version + (classifier == null ? "" : ":" + classifier) + ":" + extension;
    }
}

package vn.gov.quangnam.lris.localstack.trino;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.quangnam.lris.localstack.LocalStackException;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MavenLocalRepositoryTest {

    @Test
    void findsAnArtifactWhereMavenKeepsIt(@TempDir Path repository) throws Exception {
        Path tarball = repository.resolve("io/trino/trino-server-core/476/trino-server-core-476.tar.gz");
        Files.createDirectories(tarball.getParent());
        Files.writeString(tarball, "not really a tarball");

        assertThat(new MavenLocalRepository(repository).require(TrinoArtifacts.SERVER)).isEqualTo(tarball);
        assertThat(TrinoArtifacts.CLI.pathIn(repository))
                .isEqualTo(repository.resolve("io/trino/trino-cli/476/trino-cli-476-executable.jar"));
    }

    @Test
    void aMissingArtifactFailsWithTheCommandThatDownloadsIt(@TempDir Path repository) {
        assertThatThrownBy(() -> new MavenLocalRepository(repository).require(TrinoArtifacts.ICEBERG_PLUGIN))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("io.trino:trino-iceberg:476:zip is not in the local Maven repository " + repository)
                .hasMessageContaining("./mvnw -q dependency:get -Dartifact=io.trino:trino-iceberg:476:zip -Dtransitive=false")
                .hasMessageContaining("./mvnw -pl serving -am verify");
    }

    @Test
    void theDependencyGetCoordinatesPutTheClassifierLast() {
        assertThat(TrinoArtifacts.CLI.dependencyGetCoordinates()).isEqualTo("io.trino:trino-cli:476:jar:executable");
        assertThat(TrinoArtifacts.SERVER.dependencyGetCoordinates()).isEqualTo("io.trino:trino-server-core:476:tar.gz");
    }

    @Test
    void theStandardRepositoryFollowsMavenRepoLocal(@TempDir Path repository) {
        String previous = System.getProperty(MavenLocalRepository.LOCATION_PROPERTY);
        try {
            System.setProperty(MavenLocalRepository.LOCATION_PROPERTY, repository.toString());
            assertThat(MavenLocalRepository.standard().root()).isEqualTo(repository);
            System.clearProperty(MavenLocalRepository.LOCATION_PROPERTY);
            assertThat(MavenLocalRepository.standard().root()).isEqualTo(Path.of(System.getProperty("user.home"), ".m2", "repository"));
        } finally {
            if (previous != null) {
                System.setProperty(MavenLocalRepository.LOCATION_PROPERTY, previous);
            }
        }
    }
}

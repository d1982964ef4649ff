package vn.gov.quangnam.lris.localstack.trino;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.quangnam.lris.localstack.ExternalCommand;
import vn.gov.quangnam.lris.localstack.LocalStackException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unpacking with small stand-ins for the real artifacts (same layout: one top directory in the tarball and the zip). */
class TrinoInstallationTest {

    @Test
    void unpacksTheServerAndTheIcebergPluginOnceIntoTheCache(@TempDir Path temporary) throws IOException {
        Path repository = temporary.resolve("repository");
        writeServerTarball(repository, temporary.resolve("build"));
        writeIcebergPluginZip(repository);
        Path cache = temporary.resolve("cache");

        TrinoInstallation installation = TrinoInstallation.prepare(new MavenLocalRepository(repository), cache);

        assertThat(installation.home()).isEqualTo(cache.resolve("trino-476"));
        assertThat(installation.launcher()).isExecutable();
        assertThat(installation.home().resolve("plugin/iceberg/io.trino_trino-iceberg-476.jar")).hasContent("iceberg");
        assertThat(installation.home().resolve("plugin/password-authenticators/bcrypt.jar")).exists();
        try (var leftovers = Files.list(cache)) {
            assertThat(leftovers).as("no temporary directory is left behind").containsExactly(installation.home());
        }

        deleteArtifacts(repository);
        assertThat(TrinoInstallation.prepare(new MavenLocalRepository(repository), cache).home())
                .as("a complete installation is reused without the artifacts").isEqualTo(installation.home());
    }

    @Test
    void withoutTheArtifactsItSaysHowToDownloadThem(@TempDir Path temporary) {
        assertThatThrownBy(() -> TrinoInstallation.prepare(new MavenLocalRepository(temporary.resolve("empty")), temporary.resolve("cache")))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("io.trino:trino-server-core:476:tar.gz is not in the local Maven repository")
                .hasMessageContaining("dependency:get");
    }

    @Test
    void aPluginZipEntryOutsideItsDirectoryIsRefused(@TempDir Path temporary) throws IOException {
        Path zip = temporary.resolve("evil.zip");
        try (OutputStream output = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(output)) {
            archive.putNextEntry(new ZipEntry("trino-iceberg-476/../../escaped.jar"));
            archive.write(1);
            archive.closeEntry();
        }
        assertThatThrownBy(() -> TrinoInstallation.unzipPlugin(zip, temporary.resolve("plugin/iceberg")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("has an entry outside its directory: trino-iceberg-476/../../escaped.jar");
    }

    private static void writeServerTarball(Path repository, Path build) throws IOException {
        Path top = build.resolve("trino-server-core-476");
        Files.createDirectories(top.resolve("bin"));
        Files.createDirectories(top.resolve("plugin/password-authenticators"));
        Files.writeString(top.resolve("plugin/password-authenticators/bcrypt.jar"), "bcrypt");
        Path launcher = top.resolve("bin/launcher");
        Files.writeString(launcher, "#!/bin/sh\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path tarball = TrinoArtifacts.SERVER.pathIn(repository);
        Files.createDirectories(tarball.getParent());
        ExternalCommand.of(List.of("tar", "-czf", tarball.toString(), "-C", build.toString(), "trino-server-core-476"),
                Duration.ofSeconds(30)).run();
    }

    private static void writeIcebergPluginZip(Path repository) throws IOException {
        Path zip = TrinoArtifacts.ICEBERG_PLUGIN.pathIn(repository);
        Files.createDirectories(zip.getParent());
        try (OutputStream output = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(output)) {
            archive.putNextEntry(new ZipEntry("trino-iceberg-476/"));
            archive.closeEntry();
            archive.putNextEntry(new ZipEntry("trino-iceberg-476/io.trino_trino-iceberg-476.jar"));
            archive.write("iceberg".getBytes());
            archive.closeEntry();
        }
    }

    private static void deleteArtifacts(Path repository) throws IOException {
        Files.delete(TrinoArtifacts.SERVER.pathIn(repository));
        Files.delete(TrinoArtifacts.ICEBERG_PLUGIN.pathIn(repository));
    }
}

package vn.gov.quangnam.lris.localstack.trino;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.quangnam.lris.localstack.LocalStackException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrinoJavaTest {

    @Test
    void picksTheNewestJdkOf24OrLaterByItsReleaseFile(@TempDir Path jvms) throws IOException {
        jdk(jvms.resolve("java-17-openjdk-amd64"), "17.0.15");
        jdk(jvms.resolve("temurin-24-jdk-amd64"), "24.0.2");
        jdk(jvms.resolve("temurin-25-jdk-amd64"), "25.0.3");
        Files.createDirectories(jvms.resolve("not-a-jdk"));

        TrinoJava java = TrinoJava.locate(null, jvms);

        assertThat(java.home()).isEqualTo(jvms.resolve("temurin-25-jdk-amd64"));
        assertThat(java.featureVersion()).isEqualTo(25);
        assertThat(java.keytool()).isEqualTo(jvms.resolve("temurin-25-jdk-amd64/bin/keytool"));
    }

    @Test
    void withoutAJdkOf24OrLaterItSaysWhatToInstallOrSet(@TempDir Path jvms) throws IOException {
        jdk(jvms.resolve("java-17-openjdk-amd64"), "17.0.15");
        jdk(jvms.resolve("java-8"), "1.8.0_402");

        assertThatThrownBy(() -> TrinoJava.locate(null, jvms))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("Trino 476 needs a JDK 24 or newer and none was found under " + jvms)
                .hasMessageContaining("set LRIS_JAVA25_HOME");
    }

    @Test
    void theConfiguredHomeWinsAndMustBeAJdkOf24OrLater(@TempDir Path jvms) throws IOException {
        Path configured = jdk(jvms.resolve("elsewhere/jdk-26"), "26");
        jdk(jvms.resolve("temurin-25-jdk-amd64"), "25.0.3");
        assertThat(TrinoJava.locate(configured.toString(), jvms).home()).isEqualTo(configured);

        Path old = jdk(jvms.resolve("elsewhere/jdk-21"), "21.0.4");
        assertThatThrownBy(() -> TrinoJava.locate(old.toString(), jvms))
                .hasMessageContaining("LRIS_JAVA25_HOME=" + old + " is Java 21")
                .hasMessageContaining("needs a JDK 24 or newer");
        assertThatThrownBy(() -> TrinoJava.locate(jvms.resolve("nothing").toString(), jvms))
                .hasMessageContaining("is not a JDK: it has no 'release' file with JAVA_VERSION");
    }

    @Test
    void readsFeatureVersionsOfOldAndNewReleaseFiles(@TempDir Path jvms) throws IOException {
        assertThat(TrinoJava.featureVersion(jdk(jvms.resolve("a"), "1.8.0_402"))).contains(8);
        assertThat(TrinoJava.featureVersion(jdk(jvms.resolve("b"), "25"))).contains(25);
        assertThat(TrinoJava.featureVersion(jdk(jvms.resolve("c"), "24-ea"))).contains(24);
        assertThat(TrinoJava.featureVersion(jvms.resolve("missing"))).isEmpty();
    }

    private static Path jdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}

package vn.gov.quangnam.lris.localstack.trino;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate made with the real keytool of the Trino JDK, read back by this JVM (Java 17 in the build). */
class TrinoCertificateTest {

    @Test
    void makesAKeystoreAPasswordlessTruststoreAndAPemForLocalhost(@TempDir Path directory) throws Exception {
        TrinoCertificate certificate = TrinoCertificate.createIfMissing(directory.resolve("tls"), TrinoJava.locate());

        assertThat(Files.getPosixFilePermissions(certificate.keystore())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(directory.resolve("tls/keystore.password"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        KeyStore truststore = KeyStore.getInstance("PKCS12");
        try (InputStream input = Files.newInputStream(certificate.truststore())) {
            truststore.load(input, null);
        }
        String alias = Collections.list(truststore.aliases()).get(0);
        X509Certificate trusted = (X509Certificate) truststore.getCertificate(alias);
        assertThat(trusted).as("a client without password reads the trusted certificate").isNotNull();
        assertThat(trusted.getSubjectAlternativeNames()).extracting(name -> name.get(1).toString())
                .containsExactlyInAnyOrder("localhost", "127.0.0.1");
        assertThat(Files.readString(certificate.pem())).startsWith("-----BEGIN CERTIFICATE-----");

        String pem = Files.readString(certificate.pem());
        TrinoCertificate again = TrinoCertificate.createIfMissing(directory.resolve("tls"), TrinoJava.locate());
        assertThat(Files.readString(again.pem())).as("an existing certificate is kept").isEqualTo(pem);
        assertThat(again.keystorePassword()).isEqualTo(certificate.keystorePassword());
    }
}

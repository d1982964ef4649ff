package vn.gov.quangnam.lris.localstack.trino;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.localstack.ExternalCommand;
import vn.gov.quangnam.lris.localstack.LocalStackException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The self-signed TLS certificate of a local Trino (passwords travel only over HTTPS), made once with the JDK's
 * {@code keytool} for {@code localhost} and {@code 127.0.0.1}, valid ten years, kept in {@code <server>/tls/}:
 *
 * <ul>
 *   <li>{@code keystore.p12}: the server's key and certificate; its password is in {@code keystore.password} (0600);</li>
 *   <li>{@code truststore.p12}: the certificate alone, in a PKCS12 truststore without password, for Java clients
 *       (JDBC {@code SSLTrustStorePath}, the Trino CLI {@code --truststore-path}, DBeaver);</li>
 *   <li>{@code trino-ca.pem}: the same certificate as PEM, for Python clients (Superset's {@code verify}) and ODBC.</li>
 * </ul>
 */
public final class TrinoCertificate {
    private static final Logger log = LoggerFactory.getLogger(TrinoCertificate.class);
    private static final String ALIAS = "lris-trino";
    private static final Duration KEYTOOL_TIMEOUT = Duration.ofMinutes(2);

    private final Path directory;
    private final String keystorePassword;

    private TrinoCertificate(Path directory, String keystorePassword) {
        this.directory = directory;
        this.keystorePassword = keystorePassword;
    }

    /** A certificate already in {@code directory} with this keystore password. */
    static TrinoCertificate existing(Path directory, String keystorePassword) {
        return new TrinoCertificate(directory, keystorePassword);
    }

    /** Returns the certificate in {@code directory}, creating it first if it is not there. */
    public static TrinoCertificate createIfMissing(Path directory, TrinoJava java) {
        try {
            ServerFiles.createPrivateDirectory(directory);
            String password = ServerFiles.readOrCreateSecret(directory.resolve("keystore.password"));
            TrinoCertificate certificate = new TrinoCertificate(directory, password);
            if (!Files.isRegularFile(certificate.keystore())) {
                certificate.generate(java);
            }
            if (!Files.isRegularFile(certificate.truststore()) || !Files.isRegularFile(certificate.pem())) {
                certificate.export(java);
            }
            return certificate;
        } catch (IOException e) {
            throw new LocalStackException("cannot create the TLS certificate of the local Trino in " + directory + ": " + e.getMessage(), e);
        }
    }

    private void generate(TrinoJava java) throws IOException {
        log.info("creating a self-signed TLS certificate for localhost/127.0.0.1 in {}", directory);
        ExternalCommand.of(List.of(java.keytool().toString(), "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "3650", "-dname", "CN=localhost, O=LRIS Warehouse, L=Tam Ky, C=VN",
                "-ext", "san=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore().toString(),
                "-storepass", keystorePassword, "-keypass", keystorePassword), KEYTOOL_TIMEOUT).run();
        ServerFiles.makePrivate(keystore());
        Files.deleteIfExists(truststore());
        Files.deleteIfExists(pem());
    }

    private void export(TrinoJava java) throws IOException {
        ExternalCommand.of(List.of(java.keytool().toString(), "-exportcert", "-rfc", "-alias", ALIAS,
                "-keystore", keystore().toString(), "-storepass", keystorePassword, "-file", pem().toString()), KEYTOOL_TIMEOUT).run();
        Files.deleteIfExists(truststore());
        // a truststore holds no secret: without integrity password and certificate encryption, clients need no password
        ExternalCommand.of(List.of(java.keytool().toString(),
                "-J-Dkeystore.pkcs12.certProtectionAlgorithm=NONE", "-J-Dkeystore.pkcs12.macAlgorithm=NONE",
                "-importcert", "-noprompt", "-alias", ALIAS, "-file", pem().toString(), "-storetype", "PKCS12",
                "-keystore", truststore().toString(), "-storepass", "unused"), KEYTOOL_TIMEOUT).run();
    }

    public Path keystore() {
        return directory.resolve("keystore.p12");
    }

    public String keystorePassword() {
        return keystorePassword;
    }

    /** PKCS12 truststore without password, for Java clients. */
    public Path truststore() {
        return directory.resolve("truststore.p12");
    }

    /** The certificate as PEM, for Python and ODBC clients. */
    public Path pem() {
        return directory.resolve("trino-ca.pem");
    }
}

package vn.gov.quangnam.lris.serving;

import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.localstack.LocalStackException;
import vn.gov.quangnam.lris.localstack.trino.LocalTrino;
import vn.gov.quangnam.lris.localstack.trino.LocalTrinoSettings;
import vn.gov.quangnam.lris.localstack.trino.TestTrino;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local Trino of local-stack, tested here because this module's build resolves the Trino artifacts: HTTPS only,
 * its own certificate, reuse of a running server, and refusal to reuse one started with other settings.
 */
class LocalTrinoIT {

    @Test
    void answersOnlyOverTlsWithACertificateForLocalhostAnd127001() throws Exception {
        RunningServing serving = TestServing.shared();
        HttpClient plain = HttpClient.newHttpClient();
        assertThatThrownBy(() -> plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serving.httpsPort() + "/v1/info")).build(),
                HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);

        X509Certificate certificate;
        try (InputStream pem = Files.newInputStream(serving.certificatePem())) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
        }
        assertThat(certificate.getSubjectAlternativeNames()).extracting(name -> name.get(1).toString())
                .containsExactlyInAnyOrder("localhost", "127.0.0.1");
        HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(serving)).build();
        HttpResponse<String> info = trusting.send(HttpRequest.newBuilder(URI.create("https://localhost:" + serving.httpsPort() + "/v1/info")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(info.body()).contains("\"starting\":false").contains("\"version\":\"476\"");
    }

    @Test
    void startingOnTheDirectoryOfARunningServerReusesItAndLeavesItRunning() throws Exception {
        LocalTrino shared = TestServing.sharedTrino();
        try (LocalTrino second = LocalTrino.start(shared.settings())) {
            assertThat(second.startedHere()).isFalse();
            assertThat(second.httpsPort()).isEqualTo(shared.httpsPort());
        }
        try (Connection connection = TestServing.shared().connect(TestServing.account(TestServing.PROVINCE))) {
            assertThat(connection.createStatement().executeQuery("SELECT 1").next()).as("closing the reusing handle must not stop Trino").isTrue();
        }
    }

    @Test
    void aRunningServerWithOtherCatalogSettingsIsNotReusedSilently() {
        LocalTrinoSettings running = TestServing.sharedTrino().settings();
        Map<String, Map<String, String>> catalogs = new HashMap<>(running.catalogs());
        Map<String, String> changed = new HashMap<>(catalogs.get("lris"));
        changed.put("iceberg.jdbc-catalog.connection-user", "someone_else");
        catalogs.put("lris", changed);
        LocalTrinoSettings other = new LocalTrinoSettings(running.serverDirectory(), running.httpsPort(), catalogs, running.security(), running.maxHeap());

        assertThatThrownBy(() -> LocalTrino.start(other))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("a Trino is already running on " + running.serverDirectory())
                .hasMessageContaining("with other settings in [catalog/lris.properties]")
                .hasMessageContaining("launcher -jvm-dir");
    }

    private static SSLContext trusting(RunningServing serving) throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (InputStream input = Files.newInputStream(serving.truststore())) {
            store.load(input, null);
        }
        javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}

package vn.gov.quangnam.lris.localstack.trino;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;

/**
 * Asks a local Trino over HTTPS, trusting only its own certificate, whether it has finished starting
 * ({@code GET /v1/info}, which needs no login).
 */
final class TrinoHttpsProbe {
    private final HttpClient client;
    private final URI info;

    TrinoHttpsProbe(Path truststore, int httpsPort) {
        this.client = HttpClient.newBuilder()
                .sslContext(sslContext(truststore))
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        this.info = URI.create("https://127.0.0.1:" + httpsPort + "/v1/info");
    }

    /** True when the server answers and says it is no longer starting. */
    boolean isReady() {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(info).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().replace(" ", "").contains("\"starting\":false");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static SSLContext sslContext(Path truststore) {
        try (InputStream input = Files.newInputStream(truststore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(input, null);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the Trino truststore " + truststore + ": " + e.getMessage(), e);
        }
    }
}

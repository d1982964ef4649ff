package vn.gov.quangnam.lris.localstack.trino;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrinoServerConfigurationTest {

    @Test
    void aSingleNodeOnLoopbackReachableOnlyOverHttpsWithPasswords(@TempDir Path directory) throws IOException {
        TrinoServerConfiguration configuration = render(directory, Map.of("connector.name", "iceberg"));

        Properties config = load(configuration.restartFiles().get("config.properties"));
        assertThat(config).containsEntry("coordinator", "true")
                .containsEntry("node-scheduler.include-coordinator", "true")
                .containsEntry("http-server.http.enabled", "false")
                .containsEntry("http-server.https.enabled", "true")
                .containsEntry("http-server.https.port", "18443")
                .containsEntry("discovery.uri", "https://127.0.0.1:18443")
                .containsEntry("http-server.authentication.type", "PASSWORD")
                .containsEntry("http-server.authentication.allow-insecure-over-http", "false")
                .containsEntry("internal-communication.https.required", "true")
                .containsEntry("internal-communication.shared-secret", "the-shared-secret");
        assertThat(load(configuration.restartFiles().get("node.properties")))
                .containsEntry("node.bind-ip", "127.0.0.1").containsEntry("node.internal-address", "127.0.0.1");
        assertThat(configuration.restartFiles().get("jvm.config")).contains("-Xmx2G\n");
        assertThat(load(configuration.restartFiles().get("password-authenticator.properties")))
                .containsEntry("password-authenticator.name", "file")
                .containsEntry("file.password-file", directory.resolve("server/etc/password.db").toString());
        assertThat(load(configuration.restartFiles().get("access-control.properties")))
                .containsEntry("access-control.name", "file")
                .containsEntry("security.config-file", directory.resolve("server/etc/rules.json").toString());
        assertThat(configuration.refreshedFiles()).containsEntry("password.db", "lris:$2y$10$hash\n").containsEntry("rules.json", "{}");
    }

    @Test
    void catalogValuesSurviveEscapingWhateverTheyContain(@TempDir Path directory) throws IOException {
        Map<String, String> catalog = new LinkedHashMap<>();
        catalog.put("connector.name", "iceberg");
        catalog.put("iceberg.jdbc-catalog.connection-password", " a=b:c\\d #!x ünicode\ttab");
        TrinoServerConfiguration configuration = render(directory, catalog);

        assertThat(load(configuration.restartFiles().get("catalog/lris.properties")))
                .containsEntry("iceberg.jdbc-catalog.connection-password", " a=b:c\\d #!x ünicode\ttab");
    }

    @Test
    void settingsAreCheckedBeforeAnythingIsWritten(@TempDir Path directory) {
        TrinoSecurityFiles security = new TrinoSecurityFiles("lris:x", "{}");
        assertThatThrownBy(() -> LocalTrinoSettings.of(directory, 0, Map.of(), security))
                .hasMessage("Trino HTTPS port must be between 1 and 65535, was 0");
        assertThatThrownBy(() -> LocalTrinoSettings.of(directory, 8443, Map.of("Bad-Name", Map.of("connector.name", "x")), security))
                .hasMessage("Trino catalog name 'Bad-Name' must be lower case letters, digits and _");
        assertThatThrownBy(() -> LocalTrinoSettings.of(directory, 8443, Map.of("lris", Map.of()), security))
                .hasMessage("Trino catalog lris has no connector.name property");
        assertThatThrownBy(() -> new LocalTrinoSettings(directory, 8443, Map.of(), security, "lots"))
                .hasMessage("Trino max heap must look like 2G or 1536M, was 'lots'");
        assertThatThrownBy(() -> new TrinoSecurityFiles(" ", "{}"))
                .hasMessageContaining("the password file has no account");
    }

    private static TrinoServerConfiguration render(Path directory, Map<String, String> catalog) {
        LocalTrinoSettings settings = LocalTrinoSettings.of(directory.resolve("server"), 18443, Map.of("lris", catalog),
                new TrinoSecurityFiles("lris:$2y$10$hash", "{}"));
        return TrinoServerConfiguration.render(settings, TrinoCertificate.existing(directory.resolve("server/tls"), "keystore-password"), "the-shared-secret");
    }

    private static Properties load(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}

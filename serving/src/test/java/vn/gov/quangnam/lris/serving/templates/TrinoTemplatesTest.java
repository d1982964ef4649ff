package vn.gov.quangnam.lris.serving.templates;

import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.serving.catalog.TrinoCatalogProperties;
import vn.gov.quangnam.lris.serving.security.AccessControlRules;
import vn.gov.quangnam.lris.serving.security.AccessScope;
import vn.gov.quangnam.lris.serving.security.PublishedRelations;
import vn.gov.quangnam.lris.serving.security.ServingAccount;
import vn.gov.quangnam.lris.serving.security.ServingAccounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The production templates say what the local Trino does: they cannot drift from the code. */
class TrinoTemplatesTest {

    @Test
    void theExampleRulesAreWhatTheCodeWritesForTheDemoAccounts() throws IOException {
        ServingAccounts accounts = new ServingAccounts(List.of(
                new ServingAccount("lris_service", AccessScope.SERVICE, "x"),
                new ServingAccount("province", AccessScope.PROVINCE, "x"),
                new ServingAccount("district_502", AccessScope.district("502"), "x")));
        String rendered = new AccessControlRules("lris", PublishedRelations.fromDefinitionsOnly()).render(accounts);

        assertThat(text("rules-example.json")).as("regenerate it with SecurityFilesCommand (serving/README.md)").isEqualTo(rendered);
    }

    @Test
    void theCatalogTemplateHasTheKeysTheLocalTrinoUsesForAnObjectStorageWarehouse() throws IOException {
        Map<String, String> local = TrinoCatalogProperties.of(new WarehouseCatalogSettings("lris", "jdbc:postgresql://db/lris",
                "u", "p", "s3://bucket/warehouse", Map.of("s3.endpoint", "e", "client.region", "r", "s3.path-style-access", "true",
                "s3.access-key-id", "a", "s3.secret-access-key", "s")));
        Properties template = properties("catalog/lris.properties");

        assertThat(template.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(local.keySet());
        assertThat(template).containsEntry("iceberg.jdbc-catalog.catalog-name", "lris").containsEntry("iceberg.jdbc-catalog.schema-version", "V1");
    }

    @Test
    void theCoordinatorTemplateRefusesPasswordsOverPlainHttp() throws IOException {
        assertThat(properties("config.properties"))
                .containsEntry("http-server.authentication.type", "PASSWORD")
                .containsEntry("http-server.authentication.allow-insecure-over-http", "false")
                .containsKey("internal-communication.shared-secret");
        assertThat(properties("password-authenticator.properties")).containsEntry("password-authenticator.name", "file");
        assertThat(properties("access-control.properties")).containsEntry("access-control.name", "file");
    }

    private static String text(String name) throws IOException {
        try (InputStream input = resource(name)) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Properties properties(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream input = resource(name)) {
            properties.load(new InputStreamReader(input, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static InputStream resource(String name) {
        InputStream input = TrinoTemplatesTest.class.getResourceAsStream("/trino-templates/" + name);
        if (input == null) {
            throw new AssertionError("serving/src/main/resources/trino-templates/" + name + " is missing");
        }
        return input;
    }
}

package vn.gov.quangnam.lris.jobs.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.context.annotation.Configuration;
import vn.gov.quangnam.lris.dashboards.DashboardSettings;
import vn.gov.quangnam.lris.jobs.cli.CommandFailure;
import vn.gov.quangnam.lris.jobs.dashboard.DashboardProperties;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Bad settings fail at start-up, with exit code 2 and a message that names the key. */
class SettingsValidationTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(AllSettings.class);

    @Test
    void defaultsAreValid() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            MetadataDatabaseProperties database = started.getBean(MetadataDatabaseProperties.class);
            assertThat(database.embedded()).isTrue();
            assertThat(database.port()).isEqualTo(54329);
            assertThat(database.user()).isEqualTo("lris");
            WarehouseProperties warehouse = started.getBean(WarehouseProperties.class);
            assertThat(warehouse.catalogName()).isEqualTo("lris");
            assertThat(warehouse.locationUnder(Path.of("/srv/lris"))).isEqualTo("file:///srv/lris/warehouse");
            assertThat(started.getBean(LrisProperties.class).home()).isEqualTo(Path.of(".lris").toAbsolutePath());
            assertThat(started.getBean(ReferenceProperties.class).extraUnitFiles()).isEmpty();
            DashboardProperties dashboard = started.getBean(DashboardProperties.class);
            assertThat(dashboard.enabled()).isTrue();
            assertThat(dashboard.settings("jdbc:trino://127.0.0.1:8443/lris?SSL=true")).isEqualTo(
                    DashboardSettings.defaults("jdbc:trino://127.0.0.1:8443/lris?SSL=true"));
        });
    }

    @Test
    void aDashboardPortOutOfRangeOrARefreshThatIsNoDurationNamesTheKey() {
        context.withPropertyValues("lris.dashboard.port=70000")
                .run(failsWith("lris: invalid setting: lris.dashboard.port = 70000", "must be less than or equal to 65535"));
        context.withPropertyValues("lris.dashboard.refresh=often")
                .run(failsWith("lris.dashboard.refresh = often"));
    }

    @Test
    void aDashboardWithoutATrinoToReadFromSaysWhichSettingsToChange() {
        context.run(started -> assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> started.getBean(DashboardProperties.class).settings(null)))
                .hasMessage("lris.dashboard.enabled is true but there is no Trino to read from: lris.serving.enabled is false and "
                        + "lris.dashboard.trino-url is not set; set lris.dashboard.trino-url to your Trino's JDBC URL, or set "
                        + "lris.dashboard.enabled=false"));
    }

    @Test
    void icebergCatalogPropertiesKeepTheirDottedNames() {
        context.withPropertyValues("lris.warehouse.properties.io-impl=org.apache.iceberg.aws.s3.S3FileIO",
                        "lris.warehouse.properties[s3.endpoint]=https://s3.example.vn",
                        "lris.warehouse.location=s3://lris-warehouse/prod")
                .run(started -> {
                    WarehouseProperties warehouse = started.getBean(WarehouseProperties.class);
                    assertThat(warehouse.properties()).containsOnly(
                            entry("io-impl", "org.apache.iceberg.aws.s3.S3FileIO"),
                            entry("s3.endpoint", "https://s3.example.vn"));
                    assertThat(warehouse.locationUnder(Path.of("/srv/lris"))).isEqualTo("s3://lris-warehouse/prod");
                });
    }

    @Test
    void aPortOutOfRangeNamesTheKeyAndTheRange() {
        context.withPropertyValues("lris.metadata-database.port=70000")
                .run(failsWith("lris: invalid setting: lris.metadata-database.port = 70000",
                        "must be less than or equal to 65535"));
    }

    @Test
    void aPortThatIsNotANumberNamesTheKey() {
        context.withPropertyValues("lris.metadata-database.port=fifty")
                .run(failsWith("lris: invalid setting: lris.metadata-database.port = fifty", "cannot be read as int"));
    }

    @Test
    void anExternalDatabaseNeedsAUrl() {
        context.withPropertyValues("lris.metadata-database.embedded=false")
                .run(failsWith("lris.metadata-database.url (environment LRIS_DB_URL) must be set when "
                        + "lris.metadata-database.embedded is false"));
    }

    @Test
    void aUrlMustBeAPostgreSqlJdbcUrl() {
        context.withPropertyValues("lris.metadata-database.embedded=false",
                        "lris.metadata-database.url=postgres://db.example/lris")
                .run(failsWith("lris.metadata-database.url = postgres://db.example/lris",
                        "must be a PostgreSQL JDBC URL"));
    }

    @Test
    void aPasswordIsNeverShown() {
        context.withPropertyValues("lris.metadata-database.password=s3cret", "lris.metadata-database.port=0")
                .run(started -> {
                    assertThat(started).hasFailed();
                    assertThat(CommandFailure.of(started.getStartupFailure()).message()).doesNotContain("s3cret");
                    assertThat(new MetadataDatabaseProperties(true, 1, null, "lris", "s3cret").toString())
                            .doesNotContain("s3cret");
                });
    }

    @Test
    void aCatalogNameMustBeAnIdentifier() {
        context.withPropertyValues("lris.warehouse.catalog-name=my catalog")
                .run(failsWith("lris.warehouse.catalog-name = my catalog", "must be a name of letters"));
    }

    @Test
    void aMissingReferenceFileNamesTheKeyAndTheFile(@TempDir Path directory) {
        Path missing = directory.resolve("targets-2025.yaml");
        context.withPropertyValues("lris.reference.targets-file=" + missing)
                .run(failsWith("lris.reference.targets-file: " + missing + " is not a readable file"));
    }

    private static ContextConsumer<AssertableApplicationContext> failsWith(String... messageParts) {
        return started -> {
            assertThat(started).hasFailed();
            CommandFailure failure = CommandFailure.of(started.getStartupFailure());
            assertThat(failure.exitCode()).isEqualTo(CommandFailure.USER_ERROR);
            assertThat(failure.message()).contains(messageParts);
        };
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({LrisProperties.class, MetadataDatabaseProperties.class, WarehouseProperties.class,
            ReferenceProperties.class, DashboardProperties.class})
    static class AllSettings {
    }
}

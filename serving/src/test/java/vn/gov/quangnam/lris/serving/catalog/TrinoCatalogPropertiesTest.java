package vn.gov.quangnam.lris.serving.catalog;

import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrinoCatalogPropertiesTest {

    @Test
    void aLocalWarehouseGetsTheSettingsThatWorkOnTrino476() {
        Map<String, String> catalog = TrinoCatalogProperties.of(new WarehouseCatalogSettings("lris",
                "jdbc:postgresql://127.0.0.1:54329/lris", "lris", "secret", "file:///srv/lris/warehouse", Map.of()));

        assertThat(catalog).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("connector.name", "iceberg"),
                Map.entry("iceberg.catalog.type", "jdbc"),
                Map.entry("iceberg.jdbc-catalog.catalog-name", "lris"),
                Map.entry("iceberg.jdbc-catalog.driver-class", "org.postgresql.Driver"),
                Map.entry("iceberg.jdbc-catalog.connection-url", "jdbc:postgresql://127.0.0.1:54329/lris"),
                Map.entry("iceberg.jdbc-catalog.connection-user", "lris"),
                Map.entry("iceberg.jdbc-catalog.connection-password", "secret"),
                Map.entry("iceberg.jdbc-catalog.default-warehouse-dir", "file:///srv/lris/warehouse"),
                Map.entry("iceberg.jdbc-catalog.schema-version", "V1"),
                Map.entry("fs.native-local.enabled", "true"),
                Map.entry("local.location", "/")));
    }

    @Test
    void anObjectStorageWarehouseMapsTheIcebergS3Properties() {
        Map<String, String> catalog = TrinoCatalogProperties.of(new WarehouseCatalogSettings("lris",
                "jdbc:postgresql://db:5432/lris", "lris", "secret", "s3://lris-warehouse/prod", Map.of(
                "s3.endpoint", "https://minio.internal:9000", "client.region", "ap-southeast-1",
                "s3.path-style-access", "true", "s3.access-key-id", "AK", "s3.secret-access-key", "SK")));

        assertThat(catalog).containsEntry("fs.native-s3.enabled", "true")
                .containsEntry("s3.endpoint", "https://minio.internal:9000")
                .containsEntry("s3.region", "ap-southeast-1")
                .containsEntry("s3.path-style-access", "true")
                .containsEntry("s3.aws-access-key", "AK")
                .containsEntry("s3.aws-secret-key", "SK")
                .doesNotContainKey("fs.native-local.enabled");
    }

    @Test
    void anUnknownSchemeOrDatabaseSaysToWriteTheCatalogFileByHand() {
        assertThatThrownBy(() -> TrinoCatalogProperties.of(new WarehouseCatalogSettings("lris",
                "jdbc:postgresql://db/lris", "u", "p", "hdfs://namenode/warehouse", Map.of())))
                .hasMessageContaining("warehouse location hdfs://namenode/warehouse has scheme 'hdfs'")
                .hasMessageContaining("trino-templates/catalog/lris.properties");
        assertThatThrownBy(() -> TrinoCatalogProperties.of(new WarehouseCatalogSettings("lris",
                "jdbc:mysql://db/lris", "u", "p", "file:///w", Map.of())))
                .hasMessageContaining("the Iceberg catalog database jdbc:mysql://db/lris is not PostgreSQL");
    }
}

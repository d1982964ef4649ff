package vn.gov.quangnam.lris.serving.catalog;

import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Trino catalog file ({@code etc/catalog/<name>.properties}) for the warehouse: Trino's Iceberg connector on the same
 * Iceberg JDBC catalog (same catalog name, database and warehouse location) as Spark and 'schema apply', so all three
 * see the same tables and snapshots.
 *
 * <p>Settings as tried on Trino 476 (stack.md): the native local file system with {@code local.location=/} for a
 * {@code file:///} warehouse ({@code local:///} fails on 476, and the plugin has no HDFS support); the native S3 file
 * system for {@code s3://} warehouses, with endpoint, region, path style and keys taken from the Iceberg catalog
 * properties of the same name. {@code iceberg.jdbc-catalog.schema-version=V1} is what lets the JDBC catalog hold
 * views (it is 476's default; stated so that a changed default cannot drop the reporting views).
 */
public final class TrinoCatalogProperties {
    private TrinoCatalogProperties() {
    }

    public static Map<String, String> of(WarehouseCatalogSettings warehouse) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("connector.name", "iceberg");
        properties.put("iceberg.catalog.type", "jdbc");
        properties.put("iceberg.jdbc-catalog.catalog-name", warehouse.catalogName());
        properties.put("iceberg.jdbc-catalog.driver-class", driverClass(warehouse.jdbcUrl()));
        properties.put("iceberg.jdbc-catalog.connection-url", warehouse.jdbcUrl());
        properties.put("iceberg.jdbc-catalog.connection-user", warehouse.user());
        properties.put("iceberg.jdbc-catalog.connection-password", warehouse.password());
        properties.put("iceberg.jdbc-catalog.default-warehouse-dir", warehouse.warehouseLocation());
        properties.put("iceberg.jdbc-catalog.schema-version", "V1");
        properties.putAll(fileSystem(warehouse));
        return properties;
    }

    private static String driverClass(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        throw new IllegalArgumentException("the Iceberg catalog database " + jdbcUrl + " is not PostgreSQL; the Trino catalog "
                + "writer knows only PostgreSQL (the only driver inside Trino's Iceberg plugin): point the warehouse at a "
                + "PostgreSQL catalog database or write the catalog file from serving/src/main/resources/trino-templates by hand");
    }

    private static Map<String, String> fileSystem(WarehouseCatalogSettings warehouse) {
        String scheme = URI.create(warehouse.warehouseLocation()).getScheme();
        Map<String, String> properties = new LinkedHashMap<>();
        if ("file".equals(scheme)) {
            properties.put("fs.native-local.enabled", "true");
            properties.put("local.location", "/");
            return properties;
        }
        if ("s3".equals(scheme) || "s3a".equals(scheme)) {
            properties.put("fs.native-s3.enabled", "true");
            copy(warehouse.properties(), "s3.endpoint", properties, "s3.endpoint");
            copy(warehouse.properties(), "client.region", properties, "s3.region");
            copy(warehouse.properties(), "s3.path-style-access", properties, "s3.path-style-access");
            copy(warehouse.properties(), "s3.access-key-id", properties, "s3.aws-access-key");
            copy(warehouse.properties(), "s3.secret-access-key", properties, "s3.aws-secret-key");
            return properties;
        }
        throw new IllegalArgumentException("warehouse location " + warehouse.warehouseLocation() + " has scheme '" + scheme
                + "', which the Trino catalog writer does not know (file and s3 are known); write the catalog file from "
                + "serving/src/main/resources/trino-templates/catalog/lris.properties by hand");
    }

    private static void copy(Map<String, String> from, String fromKey, Map<String, String> to, String toKey) {
        String value = from.get(fromKey);
        if (value != null) {
            to.put(toKey, value);
        }
    }
}

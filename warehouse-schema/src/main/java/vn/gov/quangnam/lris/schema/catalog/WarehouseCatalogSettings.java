package vn.gov.quangnam.lris.schema.catalog;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Where the warehouse lives: the Iceberg JDBC catalog (a PostgreSQL database) and the warehouse location (a local
 * directory {@code file:///...} on one machine, {@code s3://bucket/path} in production).
 *
 * @param catalogName the Iceberg catalog name; it is stored in the catalog table, so Spark and Trino must use the same
 * @param jdbcUrl the catalog database, e.g. {@code jdbc:postgresql://127.0.0.1:54329/lris}
 * @param user the catalog database user
 * @param password its password (never logged)
 * @param warehouseLocation the root URI under which table data and metadata files are written
 * @param properties further Iceberg catalog properties, e.g. {@code io-impl} and {@code s3.endpoint} for object storage
 */
public record WarehouseCatalogSettings(String catalogName, String jdbcUrl, String user, String password,
                                       String warehouseLocation, Map<String, String> properties) {
    public WarehouseCatalogSettings {
        requireNonNull(catalogName, "catalogName is null");
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
        requireNonNull(warehouseLocation, "warehouseLocation is null");
        properties = Map.copyOf(properties == null ? Map.of() : properties);
    }

    @Override
    public String toString() {
        return "WarehouseCatalogSettings[catalogName=" + catalogName + ", jdbcUrl=" + jdbcUrl + ", user=" + user
                + ", warehouseLocation=" + warehouseLocation + ", properties=" + properties.keySet() + "]";
    }
}

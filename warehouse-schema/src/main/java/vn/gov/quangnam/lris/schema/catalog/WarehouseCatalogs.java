package vn.gov.quangnam.lris.schema.catalog;

import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.jdbc.JdbcCatalog;

import java.util.HashMap;
import java.util.Map;

/**
 * Opens the warehouse's Iceberg JDBC catalog. The same catalog name, database and warehouse location are given to
 * Spark ({@code spark.sql.catalog.<name>.*}) and to Trino's Iceberg connector, so all three see the same tables.
 */
public final class WarehouseCatalogs {
    private WarehouseCatalogs() {
    }

    /**
     * Iceberg's JDBC catalog schema V1 adds views: Trino creates the {@code reporting} views in this catalog, and
     * Spark's name resolution asks the catalog for views too (a V0 catalog throws instead of answering "no").
     */
    public static final Map<String, String> DEFAULT_PROPERTIES = Map.of("jdbc.schema-version", "V1");

    /**
     * Hadoop's defaults, but {@code file:} through {@link LocalFileSystemWithoutShell}. Hadoop caches one file system
     * per scheme and user for the whole JVM, so this holds as long as nothing created a {@code file:} file system
     * with other settings before.
     */
    static Configuration hadoopConfiguration() {
        Configuration configuration = new Configuration();
        configuration.set("fs.file.impl", LocalFileSystemWithoutShell.class.getName());
        return configuration;
    }

    public static JdbcCatalog open(WarehouseCatalogSettings settings) {
        Map<String, String> properties = new HashMap<>(DEFAULT_PROPERTIES);
        properties.putAll(settings.properties());
        properties.put(CatalogProperties.URI, settings.jdbcUrl());
        properties.put(CatalogProperties.WAREHOUSE_LOCATION, settings.warehouseLocation());
        properties.put("jdbc.user", settings.user());
        properties.put("jdbc.password", settings.password());
        JdbcCatalog catalog = new JdbcCatalog();
        catalog.setConf(hadoopConfiguration());
        catalog.initialize(settings.catalogName(), properties);
        return catalog;
    }
}

package vn.gov.quangnam.lris.transforms.spark;

import org.apache.spark.sql.SparkSession;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.catalog.LocalFileSystemWithoutShell;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;
import vn.gov.quangnam.lris.transforms.TransformSettings;

import java.util.Map;

/**
 * Builds the Spark session with the warehouse's Iceberg JDBC catalog registered under the same name Trino uses
 * (the name is stored in the catalog table, stack.md). Driver bound to 127.0.0.1 in local mode; UI off.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    public static SparkSession create(TransformSettings settings, String applicationName) {
        WarehouseCatalogSettings catalog = settings.catalog();
        String prefix = "spark.sql.catalog." + catalog.catalogName();
        SparkSession.Builder builder = SparkSession.builder()
                .appName(applicationName)
                .config("spark.sql.extensions", "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions")
                .config(prefix, "org.apache.iceberg.spark.SparkCatalog")
                .config(prefix + ".type", "jdbc")
                .config(prefix + ".uri", catalog.jdbcUrl())
                .config(prefix + ".jdbc.user", catalog.user())
                .config(prefix + ".jdbc.password", catalog.password())
                .config(prefix + ".warehouse", catalog.warehouseLocation())
                .config("spark.sql.defaultCatalog", catalog.catalogName())
                // other writers (the ingestion) commit to the raw tables between and during runs: a cached table would
                // hide their snapshots from the next run in the same session (tests, a long-lived driver)
                .config(prefix + ".cache-enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.ui.enabled", "false")
                // the mart is small (units x periods); few shuffle partitions avoid hundreds of tiny tasks
                .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors() * 2)))
                .config("spark.sql.adaptive.enabled", "true")
                // a run generates ~500 distinct classes (its stages); with Spark's default of 100 cached, every run in a
                // long-lived session compiled most of them again: ~3 s of an incremental run's 15 at 10M (README)
                .config("spark.sql.codegen.cache.maxEntries", "1000");
        Map<String, String> properties = new java.util.HashMap<>(WarehouseCatalogs.DEFAULT_PROPERTIES);
        properties.putAll(catalog.properties());
        for (Map.Entry<String, String> property : properties.entrySet()) {
            builder.config(prefix + "." + property.getKey(), property.getValue());
        }
        if (settings.sparkMaster().startsWith("local")) {
            builder.master(settings.sparkMaster())
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    // without Hadoop's native library every file written would fork chmod (see the class)
                    .config("spark.hadoop.fs.file.impl", LocalFileSystemWithoutShell.class.getName());
        }
        settings.sparkProperties().forEach(builder::config);
        return builder.getOrCreate();
    }
}

package vn.gov.quangnam.lris.transforms;

import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.transforms.retention.SnapshotRetention;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What a transform run needs: the warehouse catalog, the Spark master and extra Spark settings.
 *
 * <p>Read from environment variables so that the same jar runs under the jobs service (which sets them for the child
 * JVM) and under {@code spark-submit} on a cluster (set them in the submit environment or with
 * {@code spark.executorEnv.*}): {@code LRIS_CATALOG_NAME} (default lris), {@code LRIS_CATALOG_URI},
 * {@code LRIS_CATALOG_USER}, {@code LRIS_CATALOG_PASSWORD}, {@code LRIS_WAREHOUSE} (e.g. file:///srv/lris/warehouse or
 * s3://bucket/warehouse), {@code LRIS_SPARK_MASTER} (default local[*]; ignored when spark-submit sets a master), and
 * {@code LRIS_CATALOG_PROPERTIES} (extra Iceberg catalog properties as key=value;key=value, e.g.
 * io-impl=org.apache.iceberg.aws.s3.S3FileIO;s3.endpoint=http://minio:9000;s3.path-style-access=true), and
 * {@code LRIS_SNAPSHOT_RETENTION_DAYS} (default 7: how long the tables' old snapshots are kept, SnapshotRetention).
 */
public record TransformSettings(WarehouseCatalogSettings catalog, String sparkMaster, Map<String, String> sparkProperties,
                                Duration snapshotRetention) {
    public TransformSettings {
        requireNonNull(catalog, "catalog is null");
        requireNonNull(sparkMaster, "sparkMaster is null");
        sparkProperties = Map.copyOf(sparkProperties);
        requireNonNull(snapshotRetention, "snapshotRetention is null");
    }

    public static TransformSettings fromEnvironment(Map<String, String> environment) {
        Map<String, String> catalogProperties = new HashMap<>();
        String extra = environment.getOrDefault("LRIS_CATALOG_PROPERTIES", "");
        for (String pair : extra.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("LRIS_CATALOG_PROPERTIES: '" + pair + "' is not key=value");
            }
            catalogProperties.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        WarehouseCatalogSettings catalog = new WarehouseCatalogSettings(
                environment.getOrDefault("LRIS_CATALOG_NAME", "lris"),
                required(environment, "LRIS_CATALOG_URI"),
                required(environment, "LRIS_CATALOG_USER"),
                required(environment, "LRIS_CATALOG_PASSWORD"),
                required(environment, "LRIS_WAREHOUSE"),
                catalogProperties);
        return new TransformSettings(catalog, environment.getOrDefault("LRIS_SPARK_MASTER", "local[*]"), Map.of(),
                retentionDays(environment.get("LRIS_SNAPSHOT_RETENTION_DAYS")));
    }

    private static Duration retentionDays(String value) {
        if (value == null || value.isBlank()) {
            return SnapshotRetention.DEFAULT_RETENTION;
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 0) {
                return Duration.ofDays(days);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException("LRIS_SNAPSHOT_RETENTION_DAYS: '" + value + "' is not a number of days (0 or more)");
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("environment variable " + name + " is not set; the transforms need it "
                    + "to find the warehouse (see TransformSettings)");
        }
        return value;
    }
}

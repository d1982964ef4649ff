package vn.gov.quangnam.lris.jobs.config;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.util.Map;

/**
 * Settings under {@code lris.warehouse}: the Iceberg catalog and where the table files live.
 *
 * @param catalogName {@code lris.warehouse.catalog-name}, default {@code lris}: the Iceberg catalog name; it is stored
 *                    in the catalog tables, so Spark and Trino must be configured with the same name
 * @param location {@code lris.warehouse.location}, default {@code file://<absolute lris.home>/warehouse}: the root
 *                 URI of the table files, e.g. {@code s3://lris-warehouse/prod} for object storage
 * @param properties {@code lris.warehouse.properties.*}, default empty: further Iceberg catalog properties, e.g.
 *                   {@code io-impl: org.apache.iceberg.aws.s3.S3FileIO} and {@code "[s3.endpoint]": https://...}
 */
@ConfigurationProperties("lris.warehouse")
@Validated
public record WarehouseProperties(
        @DefaultValue("lris") @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]*", message = "must be a name of letters, digits and underscores, starting with a letter")
        String catalogName,
        @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9+.-]*:.+", message = "must be a URI such as file:///var/lib/lris/warehouse or s3://bucket/warehouse")
        String location,
        @DefaultValue @NotNull Map<String, String> properties) {

    public WarehouseProperties {
        location = location == null || location.isBlank() ? null : location;
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** The configured location, or the default directory {@code warehouse} under the local state directory. */
    public String locationUnder(Path home) {
        return location != null ? location : "file://" + home.toAbsolutePath().normalize().resolve("warehouse");
    }
}

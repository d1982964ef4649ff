package vn.gov.quangnam.lris.jobs.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code lris.metadata-database}: the PostgreSQL database that holds the Iceberg JDBC catalog, the
 * Spring Batch job repository and the Quartz job store.
 *
 * @param embedded {@code lris.metadata-database.embedded}, default {@code true}: start a PostgreSQL server of our own
 *                 on 127.0.0.1 with its data in {@code <lris.home>/postgres} (installed first if missing), database
 *                 {@code lris}; {@code false}: connect to {@code url}
 * @param port {@code lris.metadata-database.port}, default {@code 54329}: the embedded server's port (never the
 *             machine's 5432)
 * @param url {@code lris.metadata-database.url}, no default (environment {@code LRIS_DB_URL}): a
 *            {@code jdbc:postgresql://} URL, required when {@code embedded} is {@code false}, ignored otherwise
 * @param user {@code lris.metadata-database.user}, default {@code lris} (environment {@code LRIS_DB_USER})
 * @param password {@code lris.metadata-database.password}, no default (environment {@code LRIS_DB_PASSWORD}): when
 *                 embedded and not set, a password is generated on first start and kept in
 *                 {@code <lris.home>/postgres.password}; never logged
 */
@ConfigurationProperties("lris.metadata-database")
@Validated
public record MetadataDatabaseProperties(
        @DefaultValue("true") boolean embedded,
        @DefaultValue("54329") @Min(1) @Max(65535) int port,
        @Pattern(regexp = "jdbc:postgresql:.+", message = "must be a PostgreSQL JDBC URL such as jdbc:postgresql://db.example:5432/lris")
        String url,
        @DefaultValue("lris") @NotBlank String user,
        String password) {

    public MetadataDatabaseProperties {
        url = blankToNull(url);
        password = blankToNull(password);
        if (!embedded && url == null) {
            throw new IllegalArgumentException("lris.metadata-database.url (environment LRIS_DB_URL) must be set "
                    + "when lris.metadata-database.embedded is false");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "MetadataDatabaseProperties[embedded=" + embedded + ", port=" + port + ", url=" + url
                + ", user=" + user + ", password=" + (password == null ? "(not set)" : "(set)") + "]";
    }
}

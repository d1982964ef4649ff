package vn.gov.quangnam.lris.jobs.metadata;

import static java.util.Objects.requireNonNull;

/**
 * How to reach the metadata database (Iceberg catalog, Spring Batch job repository, Quartz job store): the embedded
 * server's or the configured one's. The password never appears in {@link #toString()}.
 */
public record MetadataDatabaseConnection(String jdbcUrl, String user, String password) {
    public MetadataDatabaseConnection {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        requireNonNull(user, "user is null");
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "MetadataDatabaseConnection[jdbcUrl=" + jdbcUrl + ", user=" + user + "]";
    }
}

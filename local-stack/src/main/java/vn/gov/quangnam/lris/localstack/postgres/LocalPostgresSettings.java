package vn.gov.quangnam.lris.localstack.postgres;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * Where and how the embedded PostgreSQL runs.
 *
 * @param dataDirectory the cluster's data directory; created and initialised on first start, kept afterwards
 * @param port TCP port on 127.0.0.1 (the demo's default is 54329, never the machine's 5432)
 * @param database the database to create if missing
 * @param user the superuser created by initdb
 * @param password its password; null or blank means generate one and keep it in {@code <dataDirectory>.password}
 * @param durable false turns fsync off: only for throwaway test clusters
 */
public record LocalPostgresSettings(Path dataDirectory, int port, String database, String user, String password,
                                    boolean durable) {
    public LocalPostgresSettings {
        requireNonNull(dataDirectory, "dataDirectory is null");
        requireNonNull(database, "database is null");
        requireNonNull(user, "user is null");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("PostgreSQL port must be between 1 and 65535, was " + port);
        }
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    Path passwordFile() {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
    }

    Path serverLog() {
        return dataDirectory.resolve("server.log");
    }
}

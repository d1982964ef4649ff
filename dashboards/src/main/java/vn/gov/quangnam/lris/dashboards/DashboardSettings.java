package vn.gov.quangnam.lris.dashboards;

import java.time.Duration;

import static java.util.Objects.requireNonNull;

/**
 * How {@link DashboardServer} serves the wall dashboard.
 *
 * @param bindAddress the address to listen on; default {@value #DEFAULT_BIND_ADDRESS} (a wall on the IOC network
 *        needs the machine's address, or a reverse proxy with TLS in front)
 * @param port the HTTP port; default {@value #DEFAULT_PORT}; 0 takes a free port (tests)
 * @param trinoJdbcUrl where the viewers' queries go, with the truststore, e.g.
 *        {@code jdbc:trino://127.0.0.1:8443/lris?SSL=true&SSLTrustStorePath=.lris/trino/tls/truststore.p12}; every query
 *        runs as the logged-in viewer, so Trino's row filters decide what a district account sees
 * @param rotation how long each page stays on the wall before the next; default 20 s
 * @param refresh how often the pages fetch new figures, and how long the API keeps a result; default 60 s
 * @param staleAfter data older than this (by its compute time) are shown with a warning; default 24 h (the transforms
 *        run after every ingestion, and at least daily)
 * @param sessionLifetime how long a login lasts; default 30 days: a wall runs unattended
 */
public record DashboardSettings(String bindAddress, int port, String trinoJdbcUrl, Duration rotation, Duration refresh,
                                Duration staleAfter, Duration sessionLifetime) {
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 8090;
    public static final Duration DEFAULT_ROTATION = Duration.ofSeconds(20);
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(60);
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofHours(24);
    public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofDays(30);

    public DashboardSettings {
        requireNonNull(bindAddress, "bindAddress is null");
        requireNonNull(trinoJdbcUrl, "trinoJdbcUrl is null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("dashboard port " + port + " is not a TCP port; give 1-65535, or 0 for a free one");
        }
        if (!trinoJdbcUrl.startsWith("jdbc:trino://")) {
            throw new IllegalArgumentException("the dashboard's Trino URL '" + trinoJdbcUrl + "' is not a Trino JDBC URL; "
                    + "expected jdbc:trino://host:port/lris?SSL=true&SSLTrustStorePath=...");
        }
        requirePositive(rotation, "rotation");
        requirePositive(refresh, "refresh");
        requirePositive(staleAfter, "staleAfter");
        requirePositive(sessionLifetime, "sessionLifetime");
    }

    /** The defaults above, serving through the given Trino. */
    public static DashboardSettings defaults(String trinoJdbcUrl) {
        return new DashboardSettings(DEFAULT_BIND_ADDRESS, DEFAULT_PORT, trinoJdbcUrl, DEFAULT_ROTATION, DEFAULT_REFRESH,
                DEFAULT_STALE_AFTER, DEFAULT_SESSION_LIFETIME);
    }

    public DashboardSettings withPort(int replacement) {
        return new DashboardSettings(bindAddress, replacement, trinoJdbcUrl, rotation, refresh, staleAfter, sessionLifetime);
    }

    public DashboardSettings withTrinoJdbcUrl(String replacement) {
        return new DashboardSettings(bindAddress, port, replacement, rotation, refresh, staleAfter, sessionLifetime);
    }

    public DashboardSettings withTimings(Duration rotationReplacement, Duration refreshReplacement, Duration staleAfterReplacement) {
        return new DashboardSettings(bindAddress, port, trinoJdbcUrl, rotationReplacement, refreshReplacement, staleAfterReplacement,
                sessionLifetime);
    }

    private static void requirePositive(Duration duration, String name) {
        requireNonNull(duration, name + " is null");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("dashboard " + name + " must be positive, got " + duration);
        }
    }
}

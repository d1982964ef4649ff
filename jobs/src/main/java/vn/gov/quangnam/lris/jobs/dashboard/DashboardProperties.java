package vn.gov.quangnam.lris.jobs.dashboard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.gov.quangnam.lris.dashboards.DashboardSettings;

import java.time.Duration;

/**
 * Settings under {@code lris.dashboard}: the IOC wall dashboard of {@code lris demo} and {@code lris serve}.
 *
 * @param enabled {@code lris.dashboard.enabled}, default true
 * @param port {@code lris.dashboard.port}, default 8090; 0 takes a free port
 * @param bindAddress {@code lris.dashboard.bind-address}, default 127.0.0.1; the address of the machine (or 0.0.0.0)
 *                    for walls on the IOC network, preferably behind a reverse proxy with TLS
 * @param trinoUrl {@code lris.dashboard.trino-url}, default none: the embedded Trino of {@code lris.serving}; a
 *                 deployment with its own Trino cluster gives its JDBC URL with the truststore, e.g.
 *                 {@code jdbc:trino://trino.ioc.quangnam.gov.vn:8443/lris?SSL=true&SSLTrustStorePath=/etc/lris/truststore.p12}
 * @param rotation {@code lris.dashboard.rotation}, default 20s: how long each page stays on the wall
 * @param refresh {@code lris.dashboard.refresh}, default 60s: how often the wall fetches new figures (and how long the
 *                dashboard keeps a query's result)
 * @param staleAfter {@code lris.dashboard.stale-after}, default 24h: figures computed longer ago are marked as old
 * @param sessionLifetime {@code lris.dashboard.session-lifetime}, default 30d: how long a wall stays logged in
 */
@ConfigurationProperties("lris.dashboard")
@Validated
public record DashboardProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("8090") @Min(0) @Max(65535) int port,
                                  @DefaultValue("127.0.0.1") @NotBlank String bindAddress,
                                  String trinoUrl,
                                  @DefaultValue("20s") Duration rotation,
                                  @DefaultValue("60s") Duration refresh,
                                  @DefaultValue("24h") Duration staleAfter,
                                  @DefaultValue("30d") Duration sessionLifetime) {

    /** The dashboard's settings, reading through {@code embeddedTrinoJdbcUrl} unless {@code trino-url} names another Trino. */
    public DashboardSettings settings(String embeddedTrinoJdbcUrl) {
        String trino = trinoUrl != null && !trinoUrl.isBlank() ? trinoUrl : embeddedTrinoJdbcUrl;
        if (trino == null) {
            throw new IllegalStateException("lris.dashboard.enabled is true but there is no Trino to read from: lris.serving.enabled "
                    + "is false and lris.dashboard.trino-url is not set; set lris.dashboard.trino-url to your Trino's JDBC URL, "
                    + "or set lris.dashboard.enabled=false");
        }
        return new DashboardSettings(bindAddress, port, trino, rotation, refresh, staleAfter, sessionLifetime);
    }
}

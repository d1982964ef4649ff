package vn.gov.quangnam.lris.jobs.serving;

import org.springframework.stereotype.Component;
import vn.gov.quangnam.lris.dashboards.DashboardServer;
import vn.gov.quangnam.lris.dashboards.RunningDashboard;
import vn.gov.quangnam.lris.jobs.config.LrisProperties;
import vn.gov.quangnam.lris.jobs.dashboard.DashboardProperties;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.serving.RunningServing;
import vn.gov.quangnam.lris.serving.ServingSettings;
import vn.gov.quangnam.lris.serving.TrinoServing;
import vn.gov.quangnam.lris.serving.security.AccountPasswords;

import java.nio.file.Path;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Starts what {@code lris demo} and {@code lris serve} serve to people: the project's own Trino (unless
 * {@code lris.serving.enabled=false}), then the IOC wall dashboard reading through it (unless
 * {@code lris.dashboard.enabled=false}). Both are stopped by {@link RunningServers}: when the command ends, or on
 * Ctrl-C / SIGTERM.
 */
@Component
public class TrinoAndDashboard {
    private final ServingProperties serving;
    private final DashboardProperties dashboard;
    private final LrisProperties lris;
    private final RunningServers servers;

    TrinoAndDashboard(ServingProperties serving, DashboardProperties dashboard, LrisProperties lris, RunningServers servers) {
        this.serving = requireNonNull(serving, "serving is null");
        this.dashboard = requireNonNull(dashboard, "dashboard is null");
        this.lris = requireNonNull(lris, "lris is null");
        this.servers = requireNonNull(servers, "servers is null");
    }

    public Started start(WarehouseCatalogSettings catalog) {
        RunningServing trino = serving.enabled()
                ? servers.register(TrinoServing.start(ServingSettings.demo(catalog, lris.home()).withHttpsPort(serving.httpsPort())))
                : null;
        RunningDashboard wall = dashboard.enabled()
                ? servers.register(DashboardServer.start(dashboard.settings(trino == null ? null : trino.jdbcUrl())))
                : null;
        return new Started(Optional.ofNullable(trino), Optional.ofNullable(wall), lris.home().resolve(AccountPasswords.FILE_NAME));
    }

    /**
     * What was started ({@code disabled} in the READY line for what was not), and the file with the generated passwords
     * of Trino's accounts, which are the dashboard's too.
     */
    public record Started(Optional<RunningServing> trino, Optional<RunningDashboard> dashboard, Path accountPasswords) {
        public String trinoUrl() {
            return trino.map(RunningServing::jdbcUrl).orElse("disabled");
        }

        public String dashboardUrl() {
            return dashboard.map(running -> running.url().toString()).orElse("disabled");
        }
    }
}

package vn.gov.quangnam.lris.dashboards;

import java.time.Duration;

/**
 * The integration tests' warehouse and Trino with a dashboard on a fixed port, kept running: to look at the wall with
 * the test mart and to benchmark it without running the whole pipeline. Accounts: province / province-test-password,
 * district_502 / tamky-test-password. Arguments: port (default 18090), refresh seconds (default 10).
 */
public final class TestWallServer {
    private TestWallServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18090;
        Duration refresh = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
        TestDashboards.serving();
        RunningDashboard dashboard = DashboardServer.start(TestDashboards.settings().withPort(port)
                .withTimings(DashboardSettings.DEFAULT_ROTATION, refresh, DashboardSettings.DEFAULT_STALE_AFTER));
        System.out.println("READY dashboard=" + dashboard.url() + " (Ctrl-C stops it, Trino and PostgreSQL)");
        Thread.currentThread().join();
    }
}

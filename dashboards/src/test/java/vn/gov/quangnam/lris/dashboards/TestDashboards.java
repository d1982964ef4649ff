package vn.gov.quangnam.lris.dashboards;

import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.serving.RunningServing;
import vn.gov.quangnam.lris.serving.TestWarehouseServing;
import vn.gov.quangnam.lris.serving.security.AccessScope;
import vn.gov.quangnam.lris.serving.security.AccountSettings;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard tests' one warehouse ({@link DashboardTestMart}), served by the test JVM's one Trino with the demo's
 * kinds of accounts, and one dashboard on it with short timings: pages rotate every {@link #ROTATION}, figures refresh
 * every {@link #REFRESH}. Tests that need other timings or a cut path to Trino start their own dashboard with
 * {@link #settings()}.
 */
final class TestDashboards {
    static final String SERVICE = "lris_service";
    static final String PROVINCE = "province";
    static final String TAM_KY = "district_502";
    static final String PROVINCE_PASSWORD = "province-test-password";
    static final String TAM_KY_PASSWORD = "tamky-test-password";
    static final Duration ROTATION = Duration.ofSeconds(4);
    static final Duration REFRESH = Duration.ofSeconds(3);

    private static TestWarehouseServing served;
    private static RunningDashboard dashboard;

    private TestDashboards() {
    }

    static synchronized RunningDashboard shared() {
        if (dashboard == null) {
            served = TestWarehouseServing.start("dashboards_it", List.of(
                    new AccountSettings(SERVICE, AccessScope.SERVICE, "service-test-password"),
                    new AccountSettings(PROVINCE, AccessScope.PROVINCE, PROVINCE_PASSWORD),
                    new AccountSettings(TAM_KY, AccessScope.district("502"), TAM_KY_PASSWORD)), DashboardTestMart::seed);
            dashboard = DashboardServer.start(settings());
            Runtime.getRuntime().addShutdownHook(new Thread(dashboard::close, "stop-test-dashboard"));
        }
        return dashboard;
    }

    /** The shared dashboard's settings: a free port, the test Trino, the short timings, data stale after a day. */
    static DashboardSettings settings() {
        return DashboardSettings.defaults(serving().jdbcUrl()).withPort(0).withTimings(ROTATION, REFRESH, Duration.ofDays(1));
    }

    static synchronized RunningServing serving() {
        if (served == null) {
            shared();
        }
        return served.serving();
    }

    static WarehouseCatalogSettings warehouse() {
        serving();
        return served.warehouse();
    }

    /** Runs SQL through Trino as one of the test accounts; rows of columns as strings. */
    static List<List<String>> rows(String user, String sql) {
        String password = serving().accounts().find(user).orElseThrow().password();
        try (Connection connection = serving().connect(user, password); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    row.add(result.getString(column));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(user + " could not run: " + sql + "\n" + e.getMessage(), e);
        }
    }
}

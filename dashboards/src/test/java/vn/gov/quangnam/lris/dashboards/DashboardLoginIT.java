package vn.gov.quangnam.lris.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may see the wall: Trino's accounts, checked by Trino; every other request is sent to the login page. */
class DashboardLoginIT {
    private final DashboardHttp http = new DashboardHttp(TestDashboards.shared().url());

    @Test
    void theWallPageSendsAnUnknownVisitorToTheLoginPageAndBack() {
        HttpResponse<String> wall = http.get("/?pages=map", null);
        assertThat(wall.statusCode()).isEqualTo(303);
        assertThat(wall.headers().firstValue("Location")).hasValue("/login?next=%2F%3Fpages%3Dmap");

        HttpResponse<String> login = http.get("/login?next=%2F%3Fpages%3Dmap", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Tên đăng nhập", "Mật khẩu", "Đăng nhập", "value=\"/?pages=map\"");
    }

    @Test
    void theApiAnswers401WithoutASession() {
        HttpResponse<String> response = http.get("/api/overview", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(DashboardHttp.json(response.body()).get("error").asText()).isEqualTo("not_logged_in");
        assertThat(http.get("/api/overview", "lris_dashboard_session=forged").statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearVietnameseMessage() {
        HttpResponse<String> response = http.postLogin(TestDashboards.PROVINCE, "not-the-password");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.body()).contains("Sai tên đăng nhập hoặc mật khẩu").contains("value=\"province\"");

        try (WallBrowser browser = WallBrowser.open(TestDashboards.shared().url(), 1280, 800)) {
            String after = browser.login(TestDashboards.PROVINCE, "not-the-password", "/");
            assertThat(after).contains("/login");
            assertThat(browser.text("#login-message")).startsWith("Sai tên đăng nhập hoặc mật khẩu");
        }
    }

    @Test
    void theRightPasswordOpensASessionWithTheCookieAWallNeeds() {
        HttpResponse<String> response = http.postLogin(TestDashboards.PROVINCE, TestDashboards.PROVINCE_PASSWORD);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/");
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("lris_dashboard_session=").contains("HttpOnly", "SameSite=Strict", "Max-Age=2592000"));
        String cookie = http.login(TestDashboards.PROVINCE, TestDashboards.PROVINCE_PASSWORD);
        JsonNode session = http.api("/api/session", cookie);
        assertThat(session.get("user").asText()).isEqualTo("province");
        assertThat(session.get("rotationSeconds").asDouble()).isEqualTo(TestDashboards.ROTATION.toSeconds());
    }

    @Test
    void anUnknownIndicatorIsABadRequestNamingTheIndicatorsThatExist() {
        String cookie = http.login(TestDashboards.PROVINCE, TestDashboards.PROVINCE_PASSWORD);
        HttpResponse<String> response = http.get("/api/map?indicator=e_procesing", cookie);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(DashboardHttp.json(response.body()).get("message").asText())
                .isEqualTo("indicator 'e_procesing' has no figures in the period shown; use one of " + indicatorCodes());
    }

    @Test
    void aLoginWhileTrinoIsUnreachableSaysSoInsteadOfBlamingThePassword() {
        int nothingListens = TestPostgres.freePort();
        String unreachable = TestDashboards.serving().jdbcUrl().replace(":" + TestDashboards.serving().httpsPort() + "/", ":" + nothingListens + "/");
        try (RunningDashboard dashboard = DashboardServer.start(TestDashboards.settings().withTrinoJdbcUrl(unreachable))) {
            HttpResponse<String> response = new DashboardHttp(dashboard.url()).postLogin(TestDashboards.PROVINCE, TestDashboards.PROVINCE_PASSWORD);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("Không kết nối được máy chủ dữ liệu (Trino)");
        }
    }

    private static String indicatorCodes() {
        return TestDashboards.rows(TestDashboards.PROVINCE, "SELECT DISTINCT indicator_code FROM lris.mart.fct_indicator_values "
                + "WHERE period_id = 'R2025' ORDER BY indicator_code").stream().map(row -> row.get(0)).toList().toString();
    }
}

package vn.gov.quangnam.lris.dashboards;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The wall needs nobody: it rotates through its pages and refreshes itself, and it says plainly when its figures are
 * stale or could not be refreshed (Trino cut off for real, or the dashboard itself gone) instead of showing old numbers
 * as if they were fresh.
 */
class DashboardRefreshIT {

    @Test
    void thePagesRotateByThemselvesInOrder() {
        try (WallBrowser browser = WallBrowser.open(TestDashboards.shared().url(), 1920, 1080)) {
            browser.login(TestDashboards.PROVINCE, TestDashboards.PROVINCE_PASSWORD, "/");
            browser.awaitPage("overview");
            List<String> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                String slide = browser.attribute("slide");
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(slide)) {
                    seen.add(slide);
                }
                return seen.contains("breaches");
            });
            assertThat(seen).containsSubsequence("overview", "map", "ranking", "trends", "breaches");
            assertThat(browser.text(".page-dots li.current")).isEqualTo("Vi phạm");
        }
    }

    @Test
    void newFiguresAppearWithTheirTimeWithoutAnyoneTouchingTheWall() {
        try (WallBrowser browser = WallBrowser.open(TestDashboards.shared().url(), 1920, 1080)) {
            browser.loginAndShow(TestDashboards.PROVINCE, TestDashboards.PROVINCE_PASSWORD, "overview");
            String before = browser.attribute("dataAsOf");
            int refreshesBefore = Integer.parseInt(browser.attribute("refreshes"));

            OffsetDateTime published = DashboardTestMart.publishNewerFigures(TestDashboards.warehouse());

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> published.toInstant().equals(Instant.parse(browser.attribute("dataAsOf"))));
            assertThat(Instant.parse(before)).isBefore(published.toInstant());
            assertThat(Integer.parseInt(browser.attribute("refreshes"))).isGreaterThan(refreshesBefore);
            assertThat(browser.text("#data-as-of")).isEqualTo("Số liệu lúc " + hanoiTime(published));
            assertThat(browser.element("#banner").isDisplayed()).isFalse();
        }
    }

    @Test
    void whenTrinoCannotBeReachedTheWallSaysItCouldNotRefreshAndGreysItsFiguresUntilTrinoIsBack() {
        try (TcpForwarder path = TcpForwarder.to(TestDashboards.serving().httpsPort());
             RunningDashboard dashboard = DashboardServer.start(TestDashboards.settings().withTrinoJdbcUrl(TestDashboards.serving().jdbcUrl()
                     .replace(":" + TestDashboards.serving().httpsPort() + "/", ":" + path.port() + "/")));
             WallBrowser browser = WallBrowser.open(dashboard.url(), 1920, 1080)) {
            browser.loginAndShow(TestDashboards.PROVINCE, TestDashboards.PROVINCE_PASSWORD, "overview");
            String shownAsOf = browser.text("#data-as-of");

            path.cut();

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> browser.element("#banner").isDisplayed());
            assertThat(browser.text("#banner")).startsWith("KHÔNG CẬP NHẬT ĐƯỢC — đang hiện số liệu lúc " + shownAsOf.substring("Số liệu lúc ".length()))
                    .contains("Lỗi: Không lấy được số liệu từ kho dữ liệu (Trino)");
            assertThat((String) browser.script("return document.body.className")).contains("failed");
            assertThat((String) browser.script("return getComputedStyle(document.getElementById('page')).filter")).contains("grayscale");
            assertThat(browser.elements(".tile .level .value")).as("the old figures stay, greyed out").isNotEmpty();
            browser.screenshot("wall-1920x1080-failed-refresh");

            path.restore();

            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !browser.element("#banner").isDisplayed());
            assertThat((String) browser.script("return document.body.className")).doesNotContain("failed");

            dashboard.close();

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> browser.element("#banner").isDisplayed());
            assertThat(browser.text("#banner")).startsWith("KHÔNG CẬP NHẬT ĐƯỢC").contains("máy chủ màn hình điều hành không trả lời");
        }
    }

    @Test
    void figuresOlderThanTheStaleLimitAreMarkedAsOld() {
        try (RunningDashboard dashboard = DashboardServer.start(TestDashboards.settings()
                .withTimings(TestDashboards.ROTATION, TestDashboards.REFRESH, Duration.ofSeconds(1)));
             WallBrowser browser = WallBrowser.open(dashboard.url(), 1920, 1080)) {
            browser.loginAndShow(TestDashboards.PROVINCE, TestDashboards.PROVINCE_PASSWORD, "overview");
            await().atMost(Duration.ofSeconds(40)).until(() -> browser.element("#banner").isDisplayed());
            assertThat(browser.text("#banner")).startsWith("SỐ LIỆU CŨ — tính lúc ").contains("chưa được cập nhật");
            assertThat((String) browser.script("return document.body.className")).contains("stale").doesNotContain("failed");
        }
    }

    private static String hanoiTime(OffsetDateTime time) {
        return time.atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"));
    }
}

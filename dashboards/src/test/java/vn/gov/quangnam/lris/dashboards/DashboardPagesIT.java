package vn.gov.quangnam.lris.dashboards;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page renders with the test mart in a real Chromium at 1920x1080, fits without scrolling, and is saved as a
 * screenshot under target/screenshots; the overview also at 3840x2160.
 */
class DashboardPagesIT {
    private static WallBrowser browser;

    @BeforeAll
    static void logIn() {
        browser = WallBrowser.open(TestDashboards.shared().url(), 1920, 1080);
        browser.loginAndShow(TestDashboards.PROVINCE, TestDashboards.PROVINCE_PASSWORD, "overview");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"overview", "map", "ranking", "trends", "breaches"})
    void everyPageRendersWithFiguresAndFitsAFullHdWall(String page) {
        browser.driver().get(TestDashboards.shared().url().resolve("/?pages=" + page).toString());
        browser.awaitPage(page);

        assertThat((Long) browser.script("return window.innerWidth")).isEqualTo(1920L);
        assertThat((Long) browser.script("return window.innerHeight")).isEqualTo(1080L);
        assertThat(browser.text("#data-as-of")).startsWith("Số liệu lúc ").doesNotContain("chưa có");
        assertThat(browser.text("#period-label")).isNotBlank();
        assertThat(browser.element("#banner").isDisplayed()).as("no warning with fresh figures").isFalse();
        assertThat(figuresShown(page)).as("figures on %s", page).isPositive();
        assertThat(browser.fitsWithoutScrolling()).as("%s fits 1920x1080 without scrolling", page).isTrue();
        Path screenshot = browser.screenshot("wall-1920x1080-" + page);
        assertThat(screenshot).isNotEmptyFile();
    }

    @Test
    void theOverviewFitsAFourKWallToo() throws Exception {
        try (WallBrowser large = WallBrowser.open(TestDashboards.shared().url(), 3840, 2160)) {
            large.loginAndShow(TestDashboards.PROVINCE, TestDashboards.PROVINCE_PASSWORD, "overview");
            for (String page : new String[] {"overview", "map", "ranking", "trends", "breaches"}) {
                large.driver().get(TestDashboards.shared().url().resolve("/?pages=" + page).toString());
                large.awaitPage(page);
                assertThat(large.fitsWithoutScrolling()).as("%s fits 3840x2160 without scrolling", page).isTrue();
                if (page.equals("overview")) {
                    assertThat(Files.size(large.screenshot("wall-3840x2160-overview"))).isPositive();
                }
            }
        }
    }

    private static long figuresShown(String page) {
        return switch (page) {
            case "overview" -> browser.elements(".tile .level .value").size();
            case "map" -> Long.parseLong(browser.element("#page").getDomAttribute("data-districts"));
            case "ranking" -> browser.elements(".ranking-chart canvas").size();
            case "trends" -> browser.elements(".trend canvas").size();
            case "breaches" -> Long.parseLong(browser.element("#page").getDomAttribute("data-rows"));
            default -> throw new IllegalArgumentException(page);
        };
    }
}

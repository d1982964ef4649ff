package vn.gov.quangnam.lris.dashboards;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** A real Chromium looking at a dashboard, as a wall does: logs in, opens pages, waits for them, takes screenshots. */
final class WallBrowser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of(System.getProperty("lris.dashboard.screenshots", "target/screenshots"));

    private final ChromeDriver driver;
    private final URI dashboard;

    private WallBrowser(ChromeDriver driver, URI dashboard) {
        this.driver = driver;
        this.dashboard = dashboard;
    }

    static WallBrowser open(URI dashboard, int width, int height) {
        return new WallBrowser(SystemChromium.start(width, height), dashboard);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Fills the login form; returns the page the browser is on afterwards. */
    String login(String user, String password, String wallPath) {
        driver.get(dashboard.resolve(wallPath).toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> driver.getCurrentUrl().contains("/login"));
        driver.findElement(By.id("user")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-button")).click();
        return driver.getCurrentUrl();
    }

    /** Logs in and waits until the wall shows {@code page} with figures. */
    void loginAndShow(String user, String password, String page) {
        login(user, password, "/?pages=" + page);
        awaitPage(page);
    }

    void awaitPage(String page) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> page.equals(attribute("slide"))
                && !driver.findElements(By.cssSelector("#page > *:not(.empty)")).isEmpty());
    }

    String attribute(String name) {
        return (String) script("return document.body.dataset." + name + " || null");
    }

    Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    WebElement element(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> elements(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return element(css).getText();
    }

    /** Whether the whole page is visible without scrolling, in the document and inside the page's area. */
    boolean fitsWithoutScrolling() {
        return (Boolean) script("""
                const root = document.documentElement, page = document.getElementById('page');
                return root.scrollHeight <= window.innerHeight && root.scrollWidth <= window.innerWidth
                    && page.scrollHeight <= page.clientHeight + 1 && page.scrollWidth <= page.clientWidth + 1;""");
    }

    /** Saves a PNG of the viewport under target/screenshots; returns its path. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

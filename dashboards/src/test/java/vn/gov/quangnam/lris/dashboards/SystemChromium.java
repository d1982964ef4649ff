package vn.gov.quangnam.lris.dashboards;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.localstack.ExternalCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium and ChromeDriver ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}) for the browser tests,
 * installed with apt when missing and this process is root (a fresh CI machine), as local-stack installs PostgreSQL.
 * Nothing is downloaded by Selenium: the driver's and the browser's paths are given.
 */
final class SystemChromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Logger log = LoggerFactory.getLogger(SystemChromium.class);
    /**
     * Selenium warns at every start that it has no CDP classes for this Chromium version: the tests use only WebDriver
     * and one raw CDP command, which need none. Kept in fields: java.util.logging holds its loggers weakly.
     */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            java.util.logging.Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.SEVERE));
    }

    private SystemChromium() {
    }

    static synchronized void installIfMissing() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        if (!ExternalCommand.isRoot() || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            throw new IllegalStateException("the browser tests need Debian's Chromium and ChromeDriver at " + BROWSER + " and " + DRIVER
                    + "; install them with 'sudo apt-get install chromium chromium-driver'");
        }
        log.info("Chromium is not installed: installing the Debian packages 'chromium' and 'chromium-driver' (one time, a few minutes)");
        Map<String, String> noninteractive = Map.of("DEBIAN_FRONTEND", "noninteractive");
        ExternalCommand.of(List.of("apt-get", "update", "-q"), Duration.ofMinutes(5)).withEnvironment(noninteractive).run();
        ExternalCommand.of(List.of("apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium", "chromium-driver"),
                Duration.ofMinutes(15)).withEnvironment(noninteractive).run();
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("apt-get installed chromium and chromium-driver but " + BROWSER + " or " + DRIVER + " is missing");
        }
    }

    /** A headless Chromium with the flags that work as root on these machines, its viewport {@code width} x {@code height}. */
    static ChromeDriver start(int width, int height) {
        installIfMissing();
        Path profile;
        try {
            profile = Files.createTempDirectory("lris-dashboard-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + (height + 200), "--force-device-scale-factor=1",
                "--hide-scrollbars", "--lang=vi-VN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // --window-size is the window's outer size: make the page's viewport exactly that of the wall
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return driver;
    }
}

package vn.gov.quangnam.lris.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Standard output that, the moment {@code lris demo} prints its READY line, opens the dashboard's login page from it:
 * the demo's thread waits in that print while the dashboard answers, so the check happens before {@code --once} stops
 * everything.
 */
final class DashboardProbingOutput extends PrintStream {
    private static final Pattern DASHBOARD = Pattern.compile("^READY dashboard=(\\S+) ");

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private volatile HttpResponse<String> loginPage;

    DashboardProbingOutput(PrintStream delegate) {
        super(delegate, true, StandardCharsets.UTF_8);
    }

    /** The login page's response, if a READY line named a dashboard. */
    Optional<HttpResponse<String>> loginPage() {
        return Optional.ofNullable(loginPage);
    }

    @Override
    public synchronized void write(int character) {
        super.write(character);
        scan(new byte[] {(byte) character}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] buffer, int offset, int length) {
        super.write(buffer, offset, length);
        scan(buffer, offset, length);
    }

    private void scan(byte[] buffer, int offset, int length) {
        for (int index = offset; index < offset + length; index++) {
            if (buffer[index] == '\n') {
                Matcher ready = DASHBOARD.matcher(line.toString(StandardCharsets.UTF_8));
                line.reset();
                if (ready.find()) {
                    loginPage = get(URI.create(ready.group(1)).resolve("/login"));
                }
            } else {
                line.write(buffer[index]);
            }
        }
    }

    private static HttpResponse<String> get(URI uri) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("the dashboard of the READY line does not answer at " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while opening " + uri, e);
        }
    }
}

package vn.gov.quangnam.lris.dashboards.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Files the dashboard serves from its own jar (under {@code dashboard/}): pages, scripts, styles, the map, the fonts. */
final class ClasspathFiles {
    private ClasspathFiles() {
    }

    static Optional<byte[]> read(String path) {
        try (InputStream input = ClasspathFiles.class.getClassLoader().getResourceAsStream("dashboard/" + path)) {
            return input == null ? Optional.empty() : Optional.of(input.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dashboard/" + path + " from the dashboard's jar: " + e.getMessage(), e);
        }
    }

    static String text(String path) {
        return new String(read(path).orElseThrow(() -> new IllegalStateException("dashboard/" + path
                + " is missing from the dashboard's jar; rebuild the dashboards module")), java.nio.charset.StandardCharsets.UTF_8);
    }
}

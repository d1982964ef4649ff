package vn.gov.quangnam.lris.dashboards.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import vn.gov.quangnam.lris.serving.bench.OptionPairs;

/**
 * The dashboard benchmark's command line.
 *
 * <pre>
 * --url URL               the running dashboard, e.g. http://127.0.0.1:8090 (required)
 * --accounts LIST         which account each screen logs in with, as user=screens: default province=8,district_502=2
 * --accounts-file FILE    the accounts' passwords (user=password lines): default .lris/trino-accounts.properties
 * --seconds N             how long the screens run (default 180)
 * --refresh-seconds N     how often each screen fetches every page's figures (default: the dashboard's own refresh)
 * </pre>
 */
record BenchmarkOptions(URI url, List<ScreenAccount> screens, int seconds, Double refreshSeconds) {

    static BenchmarkOptions parse(String[] args) {
        Map<String, String> values = OptionPairs.parse(args, BenchmarkOptions.class);
        String url = values.get("url");
        if (url == null) {
            throw new IllegalArgumentException("--url is required: the dashboard to measure, e.g. --url http://127.0.0.1:8090");
        }
        Path accountsFile = Path.of(values.getOrDefault("accounts-file", ".lris/trino-accounts.properties"));
        Properties passwords = read(accountsFile);
        List<ScreenAccount> screens = new ArrayList<>();
        for (String entry : values.getOrDefault("accounts", "province=8,district_502=2").split(",")) {
            String[] userAndCount = entry.trim().split("=");
            String user = userAndCount[0];
            String password = passwords.getProperty(user);
            if (password == null) {
                throw new IllegalArgumentException("account '" + user + "' has no password in " + accountsFile
                        + "; give --accounts-file with a line " + user + "=<password>");
            }
            int count = userAndCount.length > 1 ? Integer.parseInt(userAndCount[1]) : 1;
            for (int screen = 0; screen < count; screen++) {
                screens.add(new ScreenAccount(user, password));
            }
        }
        return new BenchmarkOptions(URI.create(url), List.copyOf(screens), Integer.parseInt(values.getOrDefault("seconds", "180")),
                values.containsKey("refresh-seconds") ? Double.valueOf(values.get("refresh-seconds")) : null);
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the accounts' passwords from " + file + " (" + e.getMessage()
                    + "); run ./lris demo first, or give --accounts-file", e);
        }
        return properties;
    }

    /** The account one simulated wall screen logs in with. */
    record ScreenAccount(String user, String password) {
        @Override
        public String toString() {
            return user;
        }
    }
}

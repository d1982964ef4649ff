package vn.gov.quangnam.lris.dashboards.bench;

import vn.gov.quangnam.lris.serving.bench.LatencyStatistics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the dashboard's JSON API under wall screens: {@code N} simulated screens (default 10: 8 province, 2 Tam Kỳ),
 * each logged in with its own session and fetching every page's figures at its refresh interval, started at random
 * moments of the first interval (walls do not refresh in step), for a given time. Prints p50/p95/p99 per endpoint and
 * in all, for the first round (cold cache: the queries run in Trino) and the rounds after, requests per second and the
 * machine's load average. A command, not a test: machines differ, so it reports figures and asserts nothing.
 *
 * <p>Against a running dashboard ({@code ./lris demo} prints its URL and writes the passwords to
 * {@code .lris/trino-accounts.properties}): {@code dashboards/benchmark --url http://127.0.0.1:8090 --seconds 180}.
 * See {@link BenchmarkOptions} for every option.
 */
public final class DashboardBenchmark {
    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        List<WallScreen> screens = new ArrayList<>();
        for (BenchmarkOptions.ScreenAccount account : options.screens()) {
            screens.add(WallScreen.login(options.url(), account));
        }
        double refresh = options.refreshSeconds() != null ? options.refreshSeconds() : screens.get(0).refreshSeconds();
        System.out.printf("%d screens (%s) on %s, every %.1f s for %d s; load average before: %s%n", screens.size(), options.screens(),
                options.url(), refresh, options.seconds(), loadAverage());

        Map<String, LatencyStatistics> firstRound = statistics();
        Map<String, LatencyStatistics> later = statistics();
        AtomicLong errors = new AtomicLong();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(screens.size());
        Random random = new Random(7);
        long periodMillis = Math.round(refresh * 1000);
        long started = System.nanoTime();
        for (WallScreen screen : screens) {
            boolean[] first = {true};
            clock.scheduleAtFixedRate(() -> {
                screen.refresh(first[0] ? firstRound : later, errors);
                first[0] = false;
            }, random.nextInt((int) Math.max(1, periodMillis)), periodMillis, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(options.seconds() * 1000L);
        clock.shutdown();
        clock.awaitTermination(2, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - started) / 1e9;

        System.out.printf("%n| endpoint | rounds | requests | p50 ms | p95 ms | p99 ms |%n|---|---|---|---|---|---|%n");
        print("all", "first (cold cache)", firstRound);
        print("all", "after the first", later);
        for (String page : WallScreen.PAGES) {
            print(page, "after the first", Map.of(page, later.get(page)));
        }
        long requests = count(firstRound) + count(later);
        System.out.printf("%n%d requests in %.0f s: %.1f requests/s, %d errors; load average after: %s%n", requests, elapsed,
                requests / elapsed, errors.get(), loadAverage());
    }

    private static Map<String, LatencyStatistics> statistics() {
        Map<String, LatencyStatistics> statistics = new LinkedHashMap<>();
        WallScreen.PAGES.forEach(page -> statistics.put(page, new LatencyStatistics()));
        return statistics;
    }

    private static void print(String name, String rounds, Map<String, LatencyStatistics> statistics) {
        LatencyStatistics merged = new LatencyStatistics();
        statistics.values().forEach(merged::addAll);
        System.out.printf("| %s | %s | %d | %.1f | %.1f | %.1f |%n", name, rounds, merged.count(), merged.percentileMillis(50),
                merged.percentileMillis(95), merged.percentileMillis(99));
    }

    private static long count(Map<String, LatencyStatistics> statistics) {
        return statistics.values().stream().mapToLong(LatencyStatistics::count).sum();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}

package vn.gov.quangnam.lris.dashboards.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class DatasetCacheTest {
    private static final Duration TTL = Duration.ofSeconds(60);
    private static final DatasetCache.Key KEY = new DatasetCache.Key("province", "overview");

    private final ExecutorService loaders = Executors.newCachedThreadPool();
    private final ExecutorService callers = Executors.newFixedThreadPool(10);
    private final MovableClock clock = new MovableClock(Instant.parse("2025-11-15T01:00:00Z"));
    private final DatasetCache cache = new DatasetCache(TTL, loaders, clock);

    @AfterEach
    void stopThreads() {
        loaders.shutdownNow();
        callers.shutdownNow();
    }

    @Test
    void concurrentRequestsForOneDatasetShareOneQuery() throws Exception {
        AtomicInteger queries = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Future<DatasetCache.Result<String>>> answers = new ArrayList<>();
        for (int caller = 0; caller < 10; caller++) {
            answers.add(callers.submit(() -> cache.get(KEY, () -> {
                queries.incrementAndGet();
                release.await(10, TimeUnit.SECONDS);
                return "figures";
            })));
        }
        Thread.sleep(200);
        release.countDown();
        for (Future<DatasetCache.Result<String>> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS).value()).isEqualTo("figures");
        }
        assertThat(queries).hasValue(1);
    }

    @Test
    void aResultIsServedUntilTheRefreshIntervalThenReplacedInTheBackgroundWhileTheOldOneIsStillServed() {
        AtomicInteger queries = new AtomicInteger();
        DatasetCache.Loader<Integer> loader = queries::incrementAndGet;
        assertThat(cache.get(KEY, loader).value()).isEqualTo(1);
        clock.advance(TTL.minusSeconds(1));
        assertThat(cache.get(KEY, loader).value()).isEqualTo(1);
        assertThat(queries).hasValue(1);

        clock.advance(Duration.ofSeconds(2));
        DatasetCache.Result<Integer> stale = cache.get(KEY, loader);
        assertThat(stale.value()).as("served at once, not waiting for Trino").isEqualTo(1);
        assertThat(stale.generatedAt()).isEqualTo(Instant.parse("2025-11-15T01:00:00Z"));
        await().atMost(Duration.ofSeconds(5)).until(() -> cache.get(KEY, loader).value() == 2);
        assertThat(cache.get(KEY, loader).generatedAt()).isEqualTo(Instant.parse("2025-11-15T01:01:01Z"));
    }

    @Test
    void aResultReadForAVersionOfTheDataStaysUntilANewVersionIsPublished() {
        AtomicInteger queries = new AtomicInteger();
        DatasetCache.Loader<Integer> loader = queries::incrementAndGet;
        String computedAt = "2025-11-15T00:30:00Z";
        assertThat(cache.get(KEY, computedAt, loader).value()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(10));
        assertThat(cache.get(KEY, computedAt, loader).value()).as("same figures: no query after the refresh interval").isEqualTo(1);
        assertThat(queries).hasValue(1);

        String newer = "2025-11-15T01:05:00Z";
        assertThat(cache.get(KEY, newer, loader).value()).as("served while the new figures are read").isEqualTo(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> cache.get(KEY, newer, loader).value() == 2);
        assertThat(cache.get(KEY, newer, loader).version()).isEqualTo(newer);

        clock.advance(Duration.ofMinutes(DatasetCache.VERSIONED_MAX_AGE_MINUTES));
        cache.get(KEY, newer, loader);
        await().atMost(Duration.ofSeconds(5)).until(() -> queries.get() == 3);
    }

    @Test
    void afterAFailedQueryEveryRequestFailsUntilAQuerySucceedsAgain() {
        AtomicInteger queries = new AtomicInteger();
        boolean[] trinoDown = {false};
        DatasetCache.Loader<Integer> loader = () -> {
            if (trinoDown[0]) {
                throw new SQLException("Error executing query: java.net.ConnectException: Failed to connect to /127.0.0.1:8443");
            }
            return queries.incrementAndGet();
        };
        cache.get(KEY, loader);
        trinoDown[0] = true;
        clock.advance(TTL);
        cache.get(KEY, loader);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThatThrownBy(() -> cache.get(KEY, loader))
                .isInstanceOf(DatasetUnavailableException.class)
                .hasMessage("reading overview as province failed: Error executing query: java.net.ConnectException: "
                        + "Failed to connect to /127.0.0.1:8443")
                .satisfies(failure -> assertThat(((DatasetUnavailableException) failure).lastSuccessAt())
                        .hasValue(Instant.parse("2025-11-15T01:00:00Z"))));

        trinoDown[0] = false;
        clock.advance(Duration.ofSeconds(11));
        assertThatThrownBy(() -> cache.get(KEY, loader)).as("this request starts the retry").isInstanceOf(DatasetUnavailableException.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            try {
                return cache.get(KEY, loader).value() == 2;
            } catch (DatasetUnavailableException stillFailing) {
                return false;
            }
        });
    }

    @Test
    void theFirstQueryOfADatasetFailingFailsItsCallersWithTheReason() {
        assertThatThrownBy(() -> cache.get(KEY, () -> {
            throw new SQLException("Access Denied: Cannot select from table lris.mart.fct_indicator_values");
        })).isInstanceOf(DatasetUnavailableException.class)
                .hasMessage("reading overview as province failed: Access Denied: Cannot select from table lris.mart.fct_indicator_values");
    }

    @Test
    void viewersNeverShareResults() {
        assertThat(cache.get(new DatasetCache.Key("province", "overview"), () -> "province figures").value()).isEqualTo("province figures");
        assertThat(cache.get(new DatasetCache.Key("district_502", "overview"), () -> "Tam Kỳ figures").value()).isEqualTo("Tam Kỳ figures");
    }

    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

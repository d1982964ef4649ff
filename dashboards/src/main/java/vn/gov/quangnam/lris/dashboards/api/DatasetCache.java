package vn.gov.quangnam.lris.dashboards.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static java.util.Objects.requireNonNull;

/**
 * Results of the viewers' Trino queries, kept between the walls' refreshes, one per {@link Key} (viewer, dataset).
 *
 * <ul>
 *   <li>Single flight: concurrent requests for a key share one query.</li>
 *   <li>A result younger than the refresh interval is served as it is. An older one is still served while one
 *       background query replaces it (refresh ahead), so a wall's refresh does not wait for Trino; its
 *       {@code generatedAt} tells how old it is.</li>
 *   <li>A result read for a version of the data (the time the transforms computed it) stays current while that
 *       version does, up to {@value #VERSIONED_MAX_AGE_MINUTES} minutes: the heavy datasets are read again only when
 *       new figures are published, and only the cheap version query runs at every refresh interval.</li>
 *   <li>When a query fails, every request for that key fails ({@link DatasetUnavailableException}) until a query
 *       succeeds again, retried in the background at most every {@code retryPause}: the wall then shows its figures as
 *       not updated instead of presenting them as fresh.</li>
 *   <li>Keys nobody asked for during ten refresh intervals are dropped.</li>
 * </ul>
 */
public final class DatasetCache {
    private static final Logger log = LoggerFactory.getLogger(DatasetCache.class);
    private static final Duration WAIT_LIMIT = Duration.ofMinutes(2);
    static final int VERSIONED_MAX_AGE_MINUTES = 15;

    private final Duration timeToLive;
    private final Duration versionedMaxAge;
    private final Duration retryPause;
    private final ExecutorService loaders;
    private final Clock clock;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private volatile Instant lastSweep;

    public DatasetCache(Duration timeToLive, ExecutorService loaders, Clock clock) {
        this.timeToLive = requireNonNull(timeToLive, "timeToLive is null");
        this.retryPause = timeToLive.compareTo(Duration.ofSeconds(10)) < 0 ? timeToLive : Duration.ofSeconds(10);
        Duration maxAge = Duration.ofMinutes(VERSIONED_MAX_AGE_MINUTES);
        this.versionedMaxAge = timeToLive.compareTo(maxAge) > 0 ? timeToLive : maxAge;
        this.loaders = requireNonNull(loaders, "loaders is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.lastSweep = clock.instant();
    }

    /** The dataset of this key: cached for the refresh interval, or read with {@code loader} (once for all concurrent callers). */
    public <T> Result<T> get(Key key, Loader<T> loader) {
        return get(key, null, loader);
    }

    /**
     * The dataset of this key for this version of the data: cached while the version stays (see the class comment),
     * or read with {@code loader}; a null version means no version (the refresh interval applies).
     */
    @SuppressWarnings("unchecked")
    public <T> Result<T> get(Key key, Object version, Loader<T> loader) {
        sweepIfDue();
        Entry entry = entries.computeIfAbsent(key, ignored -> new Entry());
        CompletableFuture<Result<?>> waitFor;
        synchronized (entry) {
            Instant now = clock.instant();
            entry.lastRequestedAt = now;
            if (entry.failure != null) {
                if (entry.loading == null && !now.isBefore(entry.failure.failedAt().plus(retryPause))) {
                    startLoad(key, entry, version, loader);
                }
                throw entry.failure;
            }
            if (entry.result != null) {
                if (!isCurrent(entry.result, version, now) && entry.loading == null) {
                    startLoad(key, entry, version, loader);
                }
                return (Result<T>) entry.result;
            }
            if (entry.loading == null) {
                startLoad(key, entry, version, loader);
            }
            waitFor = entry.loading;
        }
        return (Result<T>) await(key, waitFor);
    }

    private boolean isCurrent(Result<?> result, Object version, Instant now) {
        if (version == null) {
            return now.isBefore(result.generatedAt().plus(timeToLive));
        }
        return version.equals(result.version()) && now.isBefore(result.generatedAt().plus(versionedMaxAge));
    }

    private void startLoad(Key key, Entry entry, Object version, Loader<?> loader) {
        CompletableFuture<Result<?>> loading = new CompletableFuture<>();
        entry.loading = loading;
        loaders.execute(() -> {
            Instant started = clock.instant();
            try {
                Object value = loader.load();
                Result<?> result = new Result<>(value, started, version);
                synchronized (entry) {
                    entry.result = result;
                    entry.failure = null;
                    entry.loading = null;
                }
                loading.complete(result);
            } catch (Exception e) {
                DatasetUnavailableException failure;
                synchronized (entry) {
                    failure = new DatasetUnavailableException("reading " + key.dataset() + " as " + key.user() + " failed: "
                            + e.getMessage(), e, clock.instant(), entry.result == null ? null : entry.result.generatedAt());
                    entry.failure = failure;
                    entry.loading = null;
                }
                log.warn("dashboard dataset {} of {} could not be read; the walls show it as not updated: {}", key.dataset(),
                        key.user(), e.getMessage());
                loading.completeExceptionally(failure);
            }
        });
    }

    private static Result<?> await(Key key, CompletableFuture<Result<?>> loading) {
        try {
            return loading.get(WAIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DatasetUnavailableException unavailable) {
                throw unavailable;
            }
            throw new IllegalStateException("reading " + key.dataset() + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new DatasetUnavailableException("reading " + key.dataset() + " as " + key.user() + " took longer than "
                    + WAIT_LIMIT, e, Instant.now(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatasetUnavailableException("interrupted while reading " + key.dataset(), e, Instant.now(), null);
        }
    }

    private void sweepIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(lastSweep.plus(timeToLive))) {
            return;
        }
        lastSweep = now;
        Instant unusedSince = now.minus(timeToLive.multipliedBy(10));
        entries.entrySet().removeIf(candidate -> {
            synchronized (candidate.getValue()) {
                return candidate.getValue().loading == null && candidate.getValue().lastRequestedAt.isBefore(unusedSince);
            }
        });
    }

    /** Reads a dataset from Trino. */
    @FunctionalInterface
    public interface Loader<T> {
        T load() throws Exception;
    }

    /** A viewer's dataset: results are never shared between accounts, since Trino filters rows per account. */
    public record Key(String user, String dataset) {
        public Key {
            requireNonNull(user, "user is null");
            requireNonNull(dataset, "dataset is null");
        }
    }

    /** A dataset, when its query started (the figures are at least that fresh), and the version it was read for. */
    public record Result<T>(T value, Instant generatedAt, Object version) {
    }

    private static final class Entry {
        private Result<?> result;
        private DatasetUnavailableException failure;
        private CompletableFuture<Result<?>> loading;
        private Instant lastRequestedAt = Instant.EPOCH;
    }
}

package vn.gov.quangnam.lris.ingestion.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import vn.gov.quangnam.lris.ingestion.common.RecordRejectedException;
import vn.gov.quangnam.lris.ingestion.common.SourceRecord;
import vn.gov.quangnam.lris.ingestion.common.SourceText;
import vn.gov.quangnam.lris.ingestion.common.SourceTimestamps;
import vn.gov.quangnam.lris.ingestion.common.Watermark;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Reads a REST source by its incremental watermark: each query asks for page 1 of the records changed since the
 * newest {@code ngayCapNhat} seen so far ({@code capNhatTu}, inclusive). When a whole page carries that one instant,
 * the same query is asked again for a page twice as large (up to the sources' limit of 5000) rather than for page 2:
 * because every query starts at the watermark, pages that shift while being read (a record updated mid-run moves to
 * the end and every later one moves up a place) cannot make it skip records. Only more than 5000 records with the
 * same {@code ngayCapNhat} make it page on at that instant.
 *
 * <p>Records already committed (the committed watermark's boundary keys), records older than the query's watermark
 * and records seen earlier in the run (the same record twice in a page or on two pages) are skipped.
 *
 * <p>As soon as a page is read, the next query is known and its page is fetched and parsed by a background thread
 * while this page's records are mapped and written: the source and the network work while the warehouse does.
 */
public final class RestPagingReader implements ItemStreamReader<SourceRecord> {
    /** The largest {@code soLuong} the sources accept (sources.md). */
    static final int MAX_PAGE_SIZE = 5000;

    private final RestSourceClient client;
    private final String resource;
    private final String keyField;
    private final SourceTimestamps timestamps;
    private final Supplier<Watermark> committedWatermark;
    private final Deque<SourceRecord> buffer = new ArrayDeque<>();
    private final Set<SeenRecord> seenAtCursor = new HashSet<>();

    private Watermark committed;
    private Instant cursor;
    private int page;
    private int pageSize;
    private boolean exhausted;
    private long pagesRead;
    private ExecutorService fetcher;
    private CompletableFuture<SourcePage> nextPage;

    public RestPagingReader(RestSourceClient client, String resource, String keyField, SourceTimestamps timestamps,
                            Supplier<Watermark> committedWatermark) {
        this.client = client;
        this.resource = resource;
        this.keyField = keyField;
        this.timestamps = timestamps;
        this.committedWatermark = committedWatermark;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        close();
        committed = committedWatermark.get();
        cursor = committed.instant();
        page = 1;
        pageSize = client.endpoint().pageSize();
        exhausted = false;
        buffer.clear();
        seenAtCursor.clear();
        fetcher = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fetch-" + client.endpoint().name() + "-" + resource);
            thread.setDaemon(true);
            return thread;
        });
        fetchNextPage();
    }

    @Override
    public void update(ExecutionContext executionContext) {
        executionContext.putString("watermark", cursor.toString());
        executionContext.putLong("pagesRead", pagesRead);
    }

    @Override
    public SourceRecord read() {
        while (buffer.isEmpty() && !exhausted) {
            readNextPage();
        }
        return buffer.poll();
    }

    @Override
    public void close() {
        if (nextPage != null) {
            nextPage.cancel(true);
            nextPage = null;
        }
        if (fetcher != null) {
            fetcher.shutdownNow();
            fetcher = null;
        }
    }

    private void readNextPage() {
        Instant queriedFrom = cursor;
        SourcePage result = awaitNextPage();
        pagesRead++;
        Instant newest = queriedFrom;
        for (SourcePage.ReceivedRecord received : result.records()) {
            JsonNode record = received.json();
            Optional<Instant> updatedAt = updatedAt(record);
            String key = record.isObject() ? SourceText.code(record.path(keyField).asText(null)) : null;
            if (updatedAt.isPresent() && key != null) {
                Instant at = updatedAt.get();
                if (at.isBefore(queriedFrom) || committed.covers(key, at) || !seenAtCursor.add(new SeenRecord(key, at))) {
                    continue;
                }
                if (at.isAfter(newest)) {
                    newest = at;
                }
            }
            buffer.add(record.isObject()
                    ? SourceRecord.parsed(client.endpoint().name(), received.payload(), record, updatedAt.orElse(null), queriedFrom)
                    : SourceRecord.unparseable(client.endpoint().name(), received.payload(), "the record is not a JSON object", queriedFrom));
        }
        boolean lastPage = result.records().size() < pageSize || result.page() >= result.pageCount();
        if (lastPage) {
            exhausted = true;
            return;
        }
        if (newest.isAfter(queriedFrom)) {
            advanceCursor(newest);
        } else if (pageSize < MAX_PAGE_SIZE) {
            pageSize = Math.min(2 * pageSize, MAX_PAGE_SIZE); // a whole page with one instant: ask for more of it
        } else {
            page++; // more than the largest page with one instant: only paging on reaches the rest
        }
        fetchNextPage();
    }

    /** Starts fetching the page of the query the reader will ask next (cursor, page and page size as they are now). */
    private void fetchNextPage() {
        Instant from = cursor;
        int pageNumber = page;
        int size = pageSize;
        nextPage = CompletableFuture.supplyAsync(() -> client.fetch(resource, from, pageNumber, size), fetcher);
    }

    /**
     * The page being fetched; when the source stays unavailable, the failure says where the next run resumes: the
     * committed watermark, which lags behind this query's by the records read but not yet committed.
     */
    private SourcePage awaitNextPage() {
        try {
            return nextPage.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof SourceUnavailableException unavailable) {
                throw new SourceUnavailableException(unavailable.getMessage() + "; the watermark stays at "
                        + committedWatermark.get().instant() + "; the next run resumes there", unavailable);
            }
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ItemStreamException("source " + client.endpoint().name() + ": reading " + resource + " failed", failed.getCause());
        } finally {
            nextPage = null;
        }
    }

    private void advanceCursor(Instant newest) {
        cursor = newest;
        page = 1;
        pageSize = client.endpoint().pageSize();
        seenAtCursor.removeIf(seen -> !seen.updatedAt().equals(newest));
    }

    /** A record read since the cursor last moved: the same key and instant again is the same record sent twice. */
    private record SeenRecord(String key, Instant updatedAt) {
    }

    /** ngayCapNhat if it can be read; a record where it cannot is passed on and quarantined by the processor. */
    private Optional<Instant> updatedAt(JsonNode record) {
        JsonNode value = record.get("ngayCapNhat");
        if (value == null || !value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(timestamps.instant("ngayCapNhat", value.asText()));
        } catch (RecordRejectedException unreadable) {
            return Optional.empty();
        }
    }
}

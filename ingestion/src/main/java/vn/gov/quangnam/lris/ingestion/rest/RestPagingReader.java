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
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * <p>The paging runs on a thread of its own ({@link PageWalk}), up to {@value #PAGES_AHEAD} pages ahead of the
 * records being mapped and written: a chunk spans several pages, and when the next page was asked for only once the
 * previous one was taken, the source and the network waited while a chunk was written and the writer waited while
 * the chunk's pages were fetched one after the other (a third of the one-stop step's wall time).
 */
public final class RestPagingReader implements ItemStreamReader<SourceRecord> {
    /** The largest {@code soLuong} the sources accept (sources.md). */
    static final int MAX_PAGE_SIZE = 5000;
    /** Pages fetched and parsed ahead of the one being consumed. */
    static final int PAGES_AHEAD = 2;

    private final RestSourceClient client;
    private final String resource;
    private final String keyField;
    private final SourceTimestamps timestamps;
    private final Supplier<Watermark> committedWatermark;
    private final Deque<SourceRecord> buffer = new ArrayDeque<>();

    private BlockingQueue<ReadPage> pages;
    private ExecutorService fetcher;
    private Future<?> paging;
    private Instant consumedFrom;
    private long pagesRead;
    private boolean exhausted;

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
        Watermark committed = committedWatermark.get();
        consumedFrom = committed.instant();
        pagesRead = 0;
        exhausted = false;
        buffer.clear();
        pages = new ArrayBlockingQueue<>(PAGES_AHEAD);
        fetcher = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fetch-" + client.endpoint().name() + "-" + resource);
            thread.setDaemon(true);
            return thread;
        });
        paging = fetcher.submit(new PageWalk(committed, pages));
    }

    @Override
    public void update(ExecutionContext executionContext) {
        executionContext.putString("watermark", consumedFrom.toString());
        executionContext.putLong("pagesRead", pagesRead);
    }

    @Override
    public SourceRecord read() {
        while (buffer.isEmpty() && !exhausted) {
            takeNextPage();
        }
        return buffer.poll();
    }

    @Override
    public void close() {
        if (paging != null) {
            paging.cancel(true);
            paging = null;
        }
        if (fetcher != null) {
            fetcher.shutdownNow();
            fetcher = null;
        }
    }

    /**
     * The next page the walk read. When the source stays unavailable, the failure says where the next run resumes:
     * the committed watermark, which lags behind the walk's queries by the records read but not yet committed.
     */
    private void takeNextPage() {
        ReadPage page;
        try {
            page = pages.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ItemStreamException("source " + client.endpoint().name() + ": interrupted while reading " + resource, e);
        }
        if (page.failure() != null) {
            exhausted = true;
            if (page.failure() instanceof SourceUnavailableException unavailable) {
                throw new SourceUnavailableException(unavailable.getMessage() + "; the watermark stays at "
                        + committedWatermark.get().instant() + "; the next run resumes there", unavailable);
            }
            if (page.failure() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ItemStreamException("source " + client.endpoint().name() + ": reading " + resource + " failed", page.failure());
        }
        pagesRead++;
        consumedFrom = page.queriedFrom();
        buffer.addAll(page.records());
        exhausted = page.last();
    }

    /** What the walk hands over: a page's records to pass on, or the failure that ended the walk. */
    private record ReadPage(List<SourceRecord> records, Instant queriedFrom, boolean last, Throwable failure) {
        static ReadPage failed(Throwable failure) {
            return new ReadPage(List.of(), Instant.EPOCH, true, failure);
        }
    }

    /**
     * The paging itself, on the fetcher thread: asks for each page, keeps the records to pass on and works out the
     * next query from them (cursor, page, page size), until a page is the last. Stops when the reader is closed.
     */
    private final class PageWalk implements Runnable {
        private final Watermark committed;
        private final BlockingQueue<ReadPage> pages;
        private final Set<SeenRecord> seenAtCursor = new HashSet<>();
        private Instant cursor;
        private int page = 1;
        private int pageSize = client.endpoint().pageSize();

        PageWalk(Watermark committed, BlockingQueue<ReadPage> pages) {
            this.committed = committed;
            this.pages = pages;
            this.cursor = committed.instant();
        }

        @Override
        public void run() {
            try {
                boolean last = false;
                while (!last) {
                    last = readPage();
                }
            } catch (InterruptedException closed) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error failed) { // handed over, never lost: the reader waits for a page
                try {
                    pages.put(ReadPage.failed(failed));
                } catch (InterruptedException closed) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** Reads one page, hands its records over and prepares the next query; true when it was the last page. */
        private boolean readPage() throws InterruptedException {
            Instant queriedFrom = cursor;
            SourcePage result = client.fetch(resource, queriedFrom, page, pageSize);
            List<SourceRecord> records = new ArrayList<>(result.records().size());
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
                records.add(record.isObject()
                        ? SourceRecord.parsed(client.endpoint().name(), received.payload(), record, updatedAt.orElse(null), queriedFrom)
                        : SourceRecord.unparseable(client.endpoint().name(), received.payload(), "the record is not a JSON object", queriedFrom));
            }
            boolean last = result.records().size() < pageSize || result.page() >= result.pageCount();
            pages.put(new ReadPage(records, queriedFrom, last, null));
            if (newest.isAfter(queriedFrom)) {
                Instant newCursor = newest;
                cursor = newCursor;
                page = 1;
                pageSize = client.endpoint().pageSize();
                seenAtCursor.removeIf(seen -> !seen.updatedAt().equals(newCursor));
            } else if (pageSize < MAX_PAGE_SIZE) {
                pageSize = Math.min(2 * pageSize, MAX_PAGE_SIZE); // a whole page with one instant: ask for more of it
            } else {
                page++; // more than the largest page with one instant: only paging on reaches the rest
            }
            return last;
        }
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

package vn.gov.quangnam.lris.ingestion.rest;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.function.Supplier;

/**
 * Reads a REST source by its incremental watermark: each query asks for the records changed since the newest
 * {@code ngayCapNhat} seen so far ({@code capNhatTu}, inclusive) from page 1, and moves to page 2, 3, ... only
 * while a whole page carries that same instant. Because every query starts at the watermark, pages that shift while
 * being read (a record updated mid-run moves to the end) cannot make it skip records, and offsets stay small.
 *
 * <p>Records already committed (the committed watermark's boundary keys), records older than the query's watermark
 * and records seen earlier in the run (the same record twice in a page or on two pages) are skipped.
 */
public final class RestPagingReader implements ItemStreamReader<SourceRecord> {
    private final RestSourceClient client;
    private final String resource;
    private final String keyField;
    private final SourceTimestamps timestamps;
    private final Supplier<Watermark> committedWatermark;
    private final Deque<SourceRecord> buffer = new ArrayDeque<>();
    private final Set<String> seenAtCursor = new HashSet<>();

    private Watermark committed;
    private Instant cursor;
    private int page;
    private boolean exhausted;
    private long pagesRead;

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
        committed = committedWatermark.get();
        cursor = committed.instant();
        page = 1;
        exhausted = false;
        buffer.clear();
        seenAtCursor.clear();
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

    private void readNextPage() {
        Instant queriedFrom = cursor;
        SourcePage result = client.fetch(resource, queriedFrom, page);
        pagesRead++;
        Instant newest = queriedFrom;
        for (JsonNode record : result.records()) {
            Optional<Instant> updatedAt = updatedAt(record);
            String key = record.isObject() ? SourceText.code(record.path(keyField).asText(null)) : null;
            if (updatedAt.isPresent() && key != null) {
                Instant at = updatedAt.get();
                if (at.isBefore(queriedFrom) || committed.covers(key, at) || !seenAtCursor.add(key + "@" + at)) {
                    continue;
                }
                if (at.isAfter(newest)) {
                    newest = at;
                }
            }
            buffer.add(record.isObject()
                    ? SourceRecord.parsed(client.endpoint().name(), record.toString(), record, queriedFrom)
                    : SourceRecord.unparseable(client.endpoint().name(), record.toString(), "the record is not a JSON object", queriedFrom));
        }
        boolean lastPage = result.records().size() < client.endpoint().pageSize() || result.page() >= result.pageCount();
        if (lastPage) {
            exhausted = true;
        } else if (newest.isAfter(queriedFrom)) {
            advanceCursor(newest);
        } else {
            page++; // a whole page with one instant: page on at the same watermark
        }
    }

    private void advanceCursor(Instant newest) {
        cursor = newest;
        page = 1;
        seenAtCursor.removeIf(entry -> !entry.endsWith("@" + newest));
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

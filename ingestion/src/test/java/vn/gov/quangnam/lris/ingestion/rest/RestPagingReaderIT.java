package vn.gov.quangnam.lris.ingestion.rest;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.gov.quangnam.lris.ingestion.common.SourceRecord;
import vn.gov.quangnam.lris.ingestion.common.SourceTimestamps;
import vn.gov.quangnam.lris.ingestion.common.Watermark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader's paging against a source whose records and instants the test chooses (a real HTTP server). */
class RestPagingReaderIT {
    private static final SourceTimestamps TIMESTAMPS = new SourceTimestamps(SourceTimestamps.DEFAULT_ZONE, Instant.now());

    @Test
    void aPageFullOfOneInstantIsAskedForAgainTwiceAsLargeRatherThanAsPageTwo() {
        Map<String, String> records = new LinkedHashMap<>();
        records.put("HS-1", "2024-03-05T08:00:00+07:00");
        records.put("HS-2", "2024-03-05T09:00:00+07:00");
        records.put("HS-3", "2024-03-05T09:00:00+07:00");
        records.put("HS-4", "2024-03-05T09:00:00+07:00");
        records.put("HS-5", "2024-03-05T10:00:00+07:00");
        try (FakeRestSource source = new FakeRestSource(records)) {
            List<String> keys = readAll(source, 2);

            assertThat(keys).containsExactly("HS-1", "HS-2", "HS-3", "HS-4", "HS-5");
            assertThat(source.queries()).containsExactly(
                    "capNhatTu=2000-01-01T00:00Z&trang=1&soLuong=2",
                    "capNhatTu=2024-03-05T02:00Z&trang=1&soLuong=2",
                    "capNhatTu=2024-03-05T02:00Z&trang=1&soLuong=4");
        }
    }

    @Test
    void anEmptyLastPageThatTheCountersSayHoldsRecordsIsAskedForAgain() {
        try (FakeRestSource source = new FakeRestSource(Map.of("HS-1", "2024-03-05T08:00:00+07:00",
                "HS-2", "2024-03-05T09:00:00+07:00"))) {
            source.answerEmptyPages(1);

            List<String> keys = readAll(source, 10);

            assertThat(keys).containsExactly("HS-1", "HS-2");
            assertThat(source.queries()).hasSize(2).containsOnly("capNhatTu=2000-01-01T00:00Z&trang=1&soLuong=10");
        }
    }

    @Test
    void anEmptyAnswerWithoutRecordsEndsTheReadAtOnce() {
        try (FakeRestSource source = new FakeRestSource(Map.of())) {
            assertThat(readAll(source, 10)).isEmpty();
            assertThat(source.queries()).hasSize(1);
        }
    }

    /** Pages are fetched ahead of the records being written, but only so far: memory stays bounded. */
    @Test
    void theReaderFetchesAFewPagesAheadAndStopsFetchingWhenClosed() throws InterruptedException {
        Map<String, String> records = new LinkedHashMap<>();
        for (int hour = 1; hour <= 10; hour++) {
            records.put("HS-" + hour, String.format("2024-03-05T%02d:00:00+07:00", hour));
        }
        try (FakeRestSource source = new FakeRestSource(records)) {
            RestPagingReader reader = new RestPagingReader(new RestSourceClient(source.endpoint(1)), "hoso", "maHoSo",
                    TIMESTAMPS, () -> Watermark.INITIAL);
            reader.open(new ExecutionContext());
            int fetchedAhead = RestPagingReader.PAGES_AHEAD + 1; // the pages waiting, and one waiting to be handed over
            awaitQueries(source, fetchedAhead);
            Thread.sleep(300);
            assertThat(source.queries()).hasSize(fetchedAhead);

            assertThat(reader.read().json().get("maHoSo").asText()).isEqualTo("HS-1");
            awaitQueries(source, fetchedAhead + 1);
            reader.close();
            Thread.sleep(300);
            assertThat(source.queries()).hasSize(fetchedAhead + 1);
        }
    }

    private static void awaitQueries(FakeRestSource source, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (source.queries().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(source.queries()).as("queries the source received").hasSizeGreaterThanOrEqualTo(count);
    }

    private static List<String> readAll(FakeRestSource source, int pageSize) {
        RestPagingReader reader = new RestPagingReader(new RestSourceClient(source.endpoint(pageSize)), "hoso", "maHoSo",
                TIMESTAMPS, () -> Watermark.INITIAL);
        reader.open(new ExecutionContext());
        List<String> keys = new ArrayList<>();
        for (SourceRecord record = reader.read(); record != null; record = reader.read()) {
            keys.add(record.json().get("maHoSo").asText());
        }
        return keys;
    }
}

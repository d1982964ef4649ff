package vn.gov.quangnam.lris.ingestion;

import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.io.CloseableIterable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.ingestion.common.LandingChunk;
import vn.gov.quangnam.lris.ingestion.common.ProcessedRecord;
import vn.gov.quangnam.lris.ingestion.common.RawRow;
import vn.gov.quangnam.lris.ingestion.common.RawTableAppender;
import vn.gov.quangnam.lris.ingestion.common.Watermark;
import vn.gov.quangnam.lris.schema.tables.RawResultsTable;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each chunk is committed as a fast append (a manifest of its own); after a run the appender merges the manifests
 * once there are 100 or more. The merge changes no row, no watermark, and adds nothing to what a reader of the
 * changes since an earlier snapshot (the transforms) sees.
 */
class ManifestCompactionIT {
    private static final Instant FIRST_UPDATE = Instant.parse("2024-03-01T01:00:00Z");
    private static IngestionRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = IngestionRuntime.open(TestWarehouses.create("ingestion_manifest_compaction"), 100);
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void manifestsOfManyChunksAreMergedWithoutChangingRowsWatermarkOrIncrementalReads() throws IOException {
        RawTableAppender appender = runtime.steps().appender(RawResultsTable.IDENTIFIER, "results");
        Watermark watermark = Watermark.INITIAL;
        long tenthSnapshot = -1;
        for (int chunk = 1; chunk <= 120; chunk++) {
            watermark = commitOneResult(appender, chunk, watermark);
            if (chunk == 10) {
                tenthSnapshot = table().currentSnapshot().snapshotId();
            }
        }
        assertThat(dataManifests()).isEqualTo(120);
        Set<String> rowsBefore = resultIds();
        List<String> filesAfterTheTenthChunk = filesAppendedSince(tenthSnapshot);
        assertThat(filesAfterTheTenthChunk).hasSize(110);

        appender.compactManifests();

        assertThat(dataManifests()).isEqualTo(1); // one partition (2024), a few kilobytes of entries
        assertThat(table().currentSnapshot().operation()).isEqualTo("replace");
        assertThat(resultIds()).isEqualTo(rowsBefore).hasSize(120);
        assertThat(appender.committedWatermark("registry")).isEqualTo(watermark);
        assertThat(filesAppendedSince(tenthSnapshot)).containsExactlyInAnyOrderElementsOf(filesAfterTheTenthChunk);
    }

    @Test
    void fewManifestsAreLeftAsTheyAre() {
        RawTableAppender appender = runtime.steps().appender(RawResultsTable.IDENTIFIER, "results");
        Snapshot before = table().currentSnapshot();
        appender.compactManifests(); // the other test's table has one manifest after its merge, or none yet
        assertThat(table().currentSnapshot()).isEqualTo(before);
    }

    private static Watermark commitOneResult(RawTableAppender appender, int number, Watermark watermark) {
        String resultId = "KQ-" + number;
        Instant updatedAt = FIRST_UPDATE.plusSeconds(number);
        RawRow row = RawRow.layout(RawResultsTable.SCHEMA).newRow()
                .set("result_id", resultId)
                .set("unit_code", "20335")
                .set("issued_date", LocalDate.of(2024, 3, 1))
                .set("updated_at", updatedAt);
        Watermark reached = watermark.advance(resultId, updatedAt);
        appender.commit(new LandingChunk("registry", 1, updatedAt, List.of(new ProcessedRecord.Landed("registry", resultId,
                updatedAt, row, "hash-" + number)), List.of(), reached));
        return reached;
    }

    private static Table table() {
        return runtime.catalog().loadTable(RawResultsTable.IDENTIFIER);
    }

    private static int dataManifests() {
        Table table = table();
        return table.currentSnapshot().dataManifests(table.io()).size();
    }

    private static Set<String> resultIds() throws IOException {
        Set<String> ids = new HashSet<>();
        try (CloseableIterable<Record> rows = IcebergGenerics.read(table()).build()) {
            rows.forEach(row -> ids.add((String) row.getField("result_id")));
        }
        return ids;
    }

    private static List<String> filesAppendedSince(long snapshotId) throws IOException {
        List<String> files = new ArrayList<>();
        try (CloseableIterable<FileScanTask> tasks = table().newIncrementalAppendScan().fromSnapshotExclusive(snapshotId).planFiles()) {
            tasks.forEach(task -> files.add(task.file().location()));
        }
        return files;
    }
}

package vn.gov.quangnam.lris.transforms.retention;

import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.transforms.TestWarehouse;
import vn.gov.quangnam.lris.transforms.incremental.RawSnapshots;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Old snapshots are expired with the files only they referred to, at most once a day, never a kept raw snapshot. */
class SnapshotRetentionIT {
    private static final Duration WEEK = Duration.ofDays(7);
    private static TestWarehouse warehouse;

    @BeforeAll
    static void create() {
        warehouse = TestWarehouse.create("transform_retention");
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void snapshotsOlderThanTheRetentionGoWithTheFilesOnlyTheyReferredTo() {
        String table = "staging.retention_replaced";
        warehouse.spark().sql("CREATE TABLE lris.%s (id INT) USING iceberg".formatted(table));
        overwrite(table, 0);
        List<Path> firstFiles = currentFiles(table);
        overwrite(table, 1);
        overwrite(table, 2);

        List<String> expired = retentionTenDaysFromNow().apply(List.of(table), name -> List.of());

        assertThat(expired).containsExactly(table);
        assertThat(snapshots(table)).hasSize(1);
        // (the files the retained snapshot replaced go when it is expired in turn: Iceberg's incremental clean-up)
        assertThat(firstFiles).isNotEmpty().allSatisfy(file -> assertThat(file).doesNotExist());
        assertThat(warehouse.query("SELECT count(*) FROM lris." + table).get(0).getLong(0)).isEqualTo(3);
        assertThat(RawSnapshots.load(warehouse.spark(), table).properties())
                .containsEntry(TableProperties.METADATA_DELETE_AFTER_COMMIT_ENABLED, "true");
    }

    @Test
    void aRawSnapshotTheIntermediateTablesReflectStays() {
        String table = overwrittenThreeTimes("staging.retention_raw");
        List<Long> ids = snapshots(table).stream().map(Snapshot::snapshotId).toList();

        retentionTenDaysFromNow().apply(List.of(table), name -> List.of(ids.get(1)));

        assertThat(snapshots(table)).extracting(Snapshot::snapshotId).containsExactlyInAnyOrder(ids.get(1), ids.get(2));
    }

    @Test
    void nothingIsExpiredBeforeTheOldestSnapshotIsADayPastTheRetention() {
        String table = overwrittenThreeTimes("staging.retention_recent");

        assertThat(new SnapshotRetention(warehouse.spark(), WEEK, Clock.systemUTC()).apply(List.of(table), name -> List.of()))
                .isEmpty();
        Clock halfADayPast = Clock.offset(Clock.systemUTC(), WEEK.plusHours(12));
        assertThat(new SnapshotRetention(warehouse.spark(), WEEK, halfADayPast).apply(List.of(table), name -> List.of()))
                .isEmpty();
        assertThat(snapshots(table)).hasSize(3);
        assertThat(new SnapshotRetention(warehouse.spark(), WEEK, Clock.systemUTC()).apply(List.of("staging.no_such_table"),
                name -> List.of())).isEmpty();
    }

    private static SnapshotRetention retentionTenDaysFromNow() {
        return new SnapshotRetention(warehouse.spark(), WEEK, Clock.offset(Clock.systemUTC(), Duration.ofDays(10)));
    }

    /** Three snapshots, each replacing the table's rows. */
    private static String overwrittenThreeTimes(String table) {
        warehouse.spark().sql("CREATE TABLE lris.%s (id INT) USING iceberg".formatted(table));
        for (int version = 0; version < 3; version++) {
            overwrite(table, version);
        }
        return table;
    }

    private static void overwrite(String table, int version) {
        warehouse.spark().sql("INSERT OVERWRITE lris.%s SELECT CAST(id + %d AS INT) FROM range(3)".formatted(table, version));
    }

    private static List<Snapshot> snapshots(String table) {
        Table loaded = RawSnapshots.load(warehouse.spark(), table);
        return StreamSupport.stream(loaded.snapshots().spliterator(), false).toList();
    }

    private static List<Path> currentFiles(String table) {
        return warehouse.query("SELECT file_path FROM lris.%s.files".formatted(table)).stream()
                .map(row -> Path.of(URI.create(row.getString(0)))).toList();
    }
}

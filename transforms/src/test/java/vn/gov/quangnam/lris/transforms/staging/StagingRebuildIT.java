package vn.gov.quangnam.lris.transforms.staging;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.schema.tables.RawOneStopDossiersTable;
import vn.gov.quangnam.lris.transforms.TestWarehouse;
import vn.gov.quangnam.lris.transforms.incremental.RawSnapshots;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.quangnam.lris.transforms.RawRows.at;
import static vn.gov.quangnam.lris.transforms.RawRows.dossier;
import static vn.gov.quangnam.lris.transforms.RawRows.with;

/**
 * A staging rebuild keeps exactly the latest version of each record: within each raw partition while every record's
 * versions share their partition date, across the raw table once a source corrected one.
 */
class StagingRebuildIT {
    private static final StagingModel DOSSIERS = StagingModels.DOSSIERS;
    private static TestWarehouse warehouse;

    @BeforeAll
    static void create() {
        warehouse = TestWarehouse.create("transform_staging_rebuild");
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void theLatestVersionOfEachRecordWhetherOrNotASourceCorrectedItsPartitionDate() {
        var inProgress = dossier("HS-1", "20333", "2024-03-05T08:00", "2024-03-12T17:00", null);
        warehouse.append(RawOneStopDossiersTable.IDENTIFIER, List.of(inProgress,
                dossier("HS-2", "20333", "2024-04-30T23:30", "2024-05-07T17:00", "2024-05-02T10:00")));
        // HS-1 finished, and sent twice with the same update time: the later ingestion wins
        var finished = dossier("HS-1", "20333", "2024-03-05T08:00", "2024-03-12T17:00", "2024-03-11T09:00");
        warehouse.append(RawOneStopDossiersTable.IDENTIFIER, List.of(finished));
        warehouse.append(RawOneStopDossiersTable.IDENTIFIER, List.of(with(finished, "unit_code", "20336")));

        assertThat(rebuild()).isEqualTo(StagingRebuild.Plan.WITHIN_RAW_PARTITIONS);
        assertThat(staged()).containsExactly("HS-1 20336 2024-03-05 finished", "HS-2 20333 2024-04-30 finished");
        assertStagingHoldsTheLatestVersions();

        // the source corrects HS-2's receipt into the next month: its versions now lie in two raw partitions
        warehouse.append(RawOneStopDossiersTable.IDENTIFIER, List.of(with(
                dossier("HS-2", "20333", "2024-05-01T07:30", "2024-05-07T17:00", "2024-05-02T10:00"),
                "updated_at", at("2024-05-03T08:00"))));

        assertThat(rebuild()).isEqualTo(StagingRebuild.Plan.ACROSS_RAW_PARTITIONS);
        assertThat(staged()).containsExactly("HS-1 20336 2024-03-05 finished", "HS-2 20333 2024-05-01 finished");
        assertStagingHoldsTheLatestVersions();
    }

    private static StagingRebuild.Plan rebuild() {
        long snapshot = RawSnapshots.current(warehouse.spark(), List.of(DOSSIERS.rawTable())).get(DOSSIERS.rawTable());
        return new StagingRebuild(warehouse.spark()).rebuild(DOSSIERS, snapshot);
    }

    private static List<String> staged() {
        return warehouse.query("""
                SELECT concat_ws(' ', dossier_id, unit_code, CAST(received_date AS STRING),
                                 IF(finished_at IS NULL, 'in progress', 'finished'))
                FROM lris.%s ORDER BY dossier_id""".formatted(DOSSIERS.table())).stream().map(row -> row.getString(0)).toList();
    }

    /** The staging table equals the model's SELECT over the whole raw table (the plan that never depends on dates). */
    private static void assertStagingHoldsTheLatestVersions() {
        String expected = DOSSIERS.selectFrom("lris." + DOSSIERS.rawTable());
        List<Row> differences = warehouse.query("""
                (SELECT * FROM lris.%1$s EXCEPT ALL SELECT * FROM (%2$s))
                UNION ALL (SELECT * FROM (%2$s) EXCEPT ALL SELECT * FROM lris.%1$s)""".formatted(DOSSIERS.table(), expected));
        assertThat(differences).isEmpty();
    }
}

package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.schema.tables.RawOneStopDossiersTable;
import vn.gov.quangnam.lris.schema.tables.RawReportFormsTable;
import vn.gov.quangnam.lris.schema.tables.RawResultsTable;
import vn.gov.quangnam.lris.schema.tables.RawWorkRecordsTable;
import vn.gov.quangnam.lris.transforms.TestWarehouse;
import vn.gov.quangnam.lris.transforms.incremental.IntermediateLayer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.quangnam.lris.transforms.RawRows.dossier;
import static vn.gov.quangnam.lris.transforms.RawRows.formRow;
import static vn.gov.quangnam.lris.transforms.RawRows.result;
import static vn.gov.quangnam.lris.transforms.RawRows.with;
import static vn.gov.quangnam.lris.transforms.RawRows.workRecord;

/**
 * An incremental run after new records and new versions of old ones gives exactly the tables a full rebuild gives.
 */
class IncrementalEqualsFullIT {
    private static final LocalDate AS_OF = LocalDate.of(2024, 7, 20);
    private static final String[] UNITS = {"20335", "20341", "502", "503", "20656", "519", "49-SNV", "49-STP"};
    private static TestWarehouse warehouse;

    @BeforeAll
    static void create() {
        warehouse = TestWarehouse.create("transform_incremental");
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void anIncrementalRunPublishesWhatAFullRebuildPublishes() {
        Random random = new Random(7);
        List<Map<String, Object>> dossiers = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            dossiers.add(randomDossier("D" + i, random, false));
        }
        warehouse.append(RawOneStopDossiersTable.IDENTIFIER, dossiers);
        warehouse.append(RawResultsTable.IDENTIFIER, List.of(result("K1", "20335", "2023-05-01", "2024-06-30", "2024-02-10"),
                result("K2", "502", "2024-01-15", null, null)));
        warehouse.append(RawWorkRecordsTable.IDENTIFIER, List.of(workRecord("W1", "502", "2024-03-04T09:00:00", true, 0)));
        new SparkComputeIndicatorValues(warehouse.spark()).asOf(AS_OF).full(true).execute();

        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            changes.add(laterVersion(dossiers.get(random.nextInt(dossiers.size())), random));
        }
        for (int i = 600; i < 700; i++) {
            changes.add(randomDossier("D" + i, random, false));
        }
        warehouse.append(RawOneStopDossiersTable.IDENTIFIER, changes);
        warehouse.append(RawResultsTable.IDENTIFIER, List.of(with(result("K2", "502", "2024-01-15", null, "2024-07-01"),
                "updated_at", vn.gov.quangnam.lris.transforms.RawRows.at("2024-07-01T09:00:00"))));
        warehouse.append(RawReportFormsTable.IDENTIFIER, List.of(formRow("20401", "2024-06", "data_reuse", 7, 9)));

        IndicatorValuesResult incremental = new SparkComputeIndicatorValues(warehouse.spark()).asOf(AS_OF).full(false).execute();
        List<Row> incrementalValues = published();
        List<Row> incrementalIntermediate = intermediate();
        IndicatorValuesResult full = new SparkComputeIndicatorValues(warehouse.spark()).asOf(AS_OF).full(true).execute();

        assertThat(incremental.full()).isFalse();
        assertThat(full.full()).isTrue();
        assertThat(incrementalValues).hasSizeGreaterThan(1000);
        assertThat(published()).containsExactlyInAnyOrderElementsOf(incrementalValues);
        assertThat(intermediate()).containsExactlyInAnyOrderElementsOf(incrementalIntermediate);
    }

    /** The same dossier (same received date) changed later: finished, re-rated, paid. */
    private static Map<String, Object> laterVersion(Map<String, Object> dossier, Random random) {
        java.time.Instant received = (java.time.Instant) dossier.get("received_at");
        java.time.Instant finished = received.plusSeconds((2L + random.nextInt(30)) * 86400);
        java.time.Instant updated = vn.gov.quangnam.lris.transforms.RawRows.at("2024-07-16T08:00:00").plusSeconds(random.nextInt(86400));
        if (finished.isAfter(updated)) {
            finished = updated;
        }
        return with(dossier, "finished_at", finished, "returned_at", finished, "status_code", 10,
                "satisfaction_rating", 1 + random.nextInt(5), "online_payment_channel", random.nextInt(3), "updated_at", updated);
    }

    private static Map<String, Object> randomDossier(String id, Random random, boolean laterVersion) {
        LocalDate received = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(laterVersion ? 150 : 180));
        int processingDays = 1 + random.nextInt(20);
        boolean finished = laterVersion || random.nextInt(4) > 0;
        LocalDate finishedOn = received.plusDays(processingDays);
        String finishedAt = finished && !finishedOn.isAfter(AS_OF.minusDays(1)) ? finishedOn + "T10:00:00" : null;
        Map<String, Object> row = dossier(id, UNITS[Math.abs(id.hashCode()) % UNITS.length], received + "T08:00:00",
                received.plusDays(10) + "T17:00:00", finishedAt);
        return with(row, "channel", 1 + random.nextInt(2), "has_fee", random.nextBoolean(),
                "online_payment_channel", random.nextInt(3), "satisfaction_rating", finishedAt == null ? null : 1 + random.nextInt(5),
                "supplement_request_count", random.nextInt(3), "supplement_seconds", (long) random.nextInt(5) * 86400,
                "updated_at", vn.gov.quangnam.lris.transforms.RawRows.at((laterVersion ? "2024-07-15" : received) + "T20:00:00")
                        .plusSeconds(random.nextInt(3600)));
    }

    private static List<Row> published() {
        List<Row> rows = new ArrayList<>(warehouse.query("SELECT * EXCEPT (computed_at) FROM mart.fct_indicator_values"));
        rows.addAll(warehouse.query("SELECT indicator_code, unit_code, period_id, level, CAST(consecutive_periods AS STRING), severity FROM mart.fct_breaches"));
        return rows;
    }

    private static List<Row> intermediate() {
        List<Row> rows = new ArrayList<>(warehouse.query("SELECT * FROM " + IntermediateLayer.FLOW_MONTHS));
        rows.addAll(warehouse.query("SELECT * FROM " + IntermediateLayer.DIGITIZATION_CHANGES));
        rows.addAll(warehouse.query("SELECT source_endpoint, dossier_id, CAST(due_at AS STRING) FROM " + IntermediateLayer.LATE_DOSSIERS));
        rows.addAll(warehouse.query("SELECT dossier_id, CAST(updated_at AS STRING) FROM staging.stg_onestop__dossiers"));
        return rows;
    }
}

package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.schema.tables.RawOneStopDossiersTable;
import vn.gov.quangnam.lris.schema.tables.RawReportFormsTable;
import vn.gov.quangnam.lris.schema.tables.RawResultsTable;
import vn.gov.quangnam.lris.schema.tables.RawWorkRecordsTable;
import vn.gov.quangnam.lris.transforms.incremental.IntermediateLayer;
import vn.gov.quangnam.lris.transforms.ChangingDossiers;
import vn.gov.quangnam.lris.transforms.RawRows;
import vn.gov.quangnam.lris.transforms.TestWarehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.quangnam.lris.transforms.RawRows.formRow;
import static vn.gov.quangnam.lris.transforms.RawRows.result;
import static vn.gov.quangnam.lris.transforms.RawRows.with;
import static vn.gov.quangnam.lris.transforms.RawRows.workRecord;

/**
 * Incremental runs publish exactly what a full rebuild publishes, row for row, intermediate tables too. Over two and a
 * half years of history (dossiers, a digitized result, a work record; then a new day with new dossiers, new versions,
 * a result digitized late and a self-reported form), an incremental run recomputes only the years its changes and the last run's
 * running periods touch, keeps the earlier years' published rows, and still publishes exactly what a full rebuild
 * publishes: breach runs that began before the recomputed years go on with their published length, stock projections
 * build on the published year before.
 */
class IncrementalEqualsFullIT {
    private static final LocalDate FIRST_AS_OF = LocalDate.of(2024, 7, 20);
    private static final Instant START_OF_2023 = RawRows.at("2023-01-01T00:00:00");
    private static final Instant START_OF_2024 = RawRows.at("2024-01-01T00:00:00");
    private static TestWarehouse warehouse;

    @BeforeAll
    static void create() {
        warehouse = TestWarehouse.create("transform_window");
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void recomputesOnlyTheTouchedYearsAndPublishesWhatAFullRebuildPublishes() {
        ChangingDossiers generator = new ChangingDossiers(new Random(3), FIRST_AS_OF);
        List<Map<String, Object>> history = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            history.add(generator.received("H" + i, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 7, 19)));
        }
        warehouse.append(RawOneStopDossiersTable.IDENTIFIER, history);
        warehouse.append(RawResultsTable.IDENTIFIER, List.of(result("K1", "20335", "2023-05-01", "2024-06-30", "2024-02-10"),
                result("K2", "502", "2024-01-15", null, null)));
        warehouse.append(RawWorkRecordsTable.IDENTIFIER, List.of(workRecord("W1", "502", "2024-03-04T09:00:00", true, 0)));
        IndicatorValuesResult first = compute(FIRST_AS_OF, true);
        assertThat(first.window()).isEqualTo("all");

        // a new day: dossiers received on it and new versions of recent ones
        LocalDate nextDay = FIRST_AS_OF.plusDays(1);
        List<Map<String, Object>> newDay = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            newDay.add(generator.received("N" + i, FIRST_AS_OF, nextDay));
        }
        history.stream().filter(dossier -> dossier.get("finished_at") == null).limit(30)
                .filter(dossier -> ((Instant) dossier.get("received_at")).isAfter(START_OF_2024))
                .forEach(dossier -> newDay.add(generator.laterVersion(dossier, FIRST_AS_OF)));
        warehouse.append(RawOneStopDossiersTable.IDENTIFIER, newDay);
        warehouse.append(RawResultsTable.IDENTIFIER, List.of(with(result("K2", "502", "2024-01-15", null, "2024-07-01"),
                "updated_at", RawRows.at("2024-07-20T09:00:00"))));
        warehouse.append(RawReportFormsTable.IDENTIFIER, List.of(formRow("20401", "2024-06", "data_reuse", 7, 9)));

        IndicatorValuesResult incremental = compute(nextDay, false);
        List<Row> incrementalRows = published();
        List<Row> incrementalIntermediate = intermediate();
        assertThat(incremental.window()).isEqualTo("from-2024");
        assertThat(incremental.recomputedValueRows()).isLessThan(incremental.indicatorValueRows() / 2);
        assertThat(carriedBreachRuns()).as("breach runs of 2024 that began in 2023").isPositive();
        compute(nextDay, true);
        assertThat(published()).containsExactlyInAnyOrderElementsOf(incrementalRows);
        assertThat(intermediate()).containsExactlyInAnyOrderElementsOf(incrementalIntermediate);

        // a late correction of a 2022 dossier reaches back to 2022
        warehouse.append(RawOneStopDossiersTable.IDENTIFIER, List.of(generator.laterVersion(history.stream()
                .filter(dossier -> ((Instant) dossier.get("received_at")).isBefore(START_OF_2023))
                .findFirst().orElseThrow(), nextDay)));
        IndicatorValuesResult correction = compute(nextDay, false);
        List<Row> correctedRows = published();
        assertThat(correction.window()).isEqualTo("from-2022");
        compute(nextDay, true);
        assertThat(published()).containsExactlyInAnyOrderElementsOf(correctedRows);

        // nothing new on the same day: only the running year is recomputed, and nothing changes
        IndicatorValuesResult idle = compute(nextDay, false);
        assertThat(idle.window()).isEqualTo("from-2024");
        assertThat(published()).containsExactlyInAnyOrderElementsOf(correctedRows);
    }

    private static IndicatorValuesResult compute(LocalDate asOf, boolean full) {
        return new SparkComputeIndicatorValues(warehouse.spark()).asOf(asOf).full(full).execute();
    }

    /** Monthly breaches of early 2024 whose run is longer than the months of 2024 so far. */
    private static long carriedBreachRuns() {
        return warehouse.query("""
                SELECT count(*) FROM lris.mart.fct_breaches
                WHERE period_id IN ('2024-01', '2024-02') AND consecutive_periods > CAST(substring(period_id, 6, 2) AS INT)
                """).get(0).getLong(0);
    }

    /** The intermediate layer an incremental run updates in place, as a rebuild makes it. */
    private static List<Row> intermediate() {
        List<Row> rows = new ArrayList<>(warehouse.query("SELECT * FROM " + IntermediateLayer.FLOW_MONTHS));
        rows.addAll(warehouse.query("SELECT * FROM " + IntermediateLayer.DIGITIZATION_CHANGES));
        rows.addAll(warehouse.query("SELECT source_endpoint, dossier_id, CAST(due_at AS STRING) FROM " + IntermediateLayer.LATE_DOSSIERS));
        rows.addAll(warehouse.query("SELECT dossier_id, CAST(updated_at AS STRING) FROM staging.stg_onestop__dossiers"));
        return rows;
    }

    private static List<Row> published() {
        List<Row> rows = new ArrayList<>(warehouse.query("SELECT * EXCEPT (computed_at) FROM mart.fct_indicator_values"));
        rows.addAll(warehouse.query("SELECT indicator_code, unit_code, period_id, level, CAST(consecutive_periods AS STRING), severity FROM mart.fct_breaches"));
        rows.addAll(warehouse.query("SELECT * EXCEPT (computed_at) FROM mart.fct_latest_indicator_values"));
        return rows;
    }
}

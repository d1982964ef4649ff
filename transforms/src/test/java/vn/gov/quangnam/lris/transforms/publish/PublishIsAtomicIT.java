package vn.gov.quangnam.lris.transforms.publish;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.transforms.TestWarehouse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Queries running while the transforms publish see the previous version or the new one, never a mix; and a failed
 * data test publishes nothing.
 */
class PublishIsAtomicIT {
    private static final String VALUES_A = """
            SELECT 'on_time' AS indicator_code, concat('U', id) AS unit_code, '2024-03' AS period_id, 'as_reported' AS hierarchy,
                   'commune' AS level, CAST(1 AS BIGINT) AS numerator, CAST(2 AS BIGINT) AS denominator,
                   CAST(50 AS DECIMAL(9,4)) AS value_pct, CAST(100 AS DECIMAL(5,2)) AS target_pct, CAST(-50 AS DECIMAL(9,4)) AS gap_pct,
                   'breached' AS status, CAST(50 AS DECIMAL(9,4)) AS projected_year_end_pct, current_timestamp() AS computed_at,
                   2024 AS period_year, '502' AS district_code, ',502,' AS readable_by_districts
            FROM range(%d) AS ids(id)
            """;
    private static TestWarehouse warehouse;

    @BeforeAll
    static void create() {
        warehouse = TestWarehouse.create("transform_publish");
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void readersDuringPublishesSeeOneWholeVersionOrTheOther() throws Exception {
        warehouse.spark().sql(VALUES_A.formatted(3000)).createOrReplaceTempView("version_a");
        warehouse.spark().sql(VALUES_A.formatted(5000)).createOrReplaceTempView("version_b");
        MartPublisher publisher = new MartPublisher(warehouse.spark());
        publisher.replaceAll("mart.fct_indicator_values", "version_a");
        Set<Long> wholeVersions = Set.of(3000L, 5000L);
        AtomicBoolean publishing = new AtomicBoolean(true);
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        ExecutorService readers = Executors.newFixedThreadPool(2);
        List<Future<?>> reading = new ArrayList<>();
        for (int reader = 0; reader < 2; reader++) {
            reading.add(readers.submit(() -> {
                while (publishing.get()) {
                    Row totals = warehouse.spark().sql("SELECT count(*), sum(numerator) FROM lris.mart.fct_indicator_values").first();
                    assertThat(totals.getLong(1)).isEqualTo(totals.getLong(0));
                    seen.add(totals.getLong(0));
                }
            }));
        }
        for (int publish = 0; publish < 6; publish++) {
            publisher.replaceAll("mart.fct_indicator_values", publish % 2 == 0 ? "version_b" : "version_a");
        }
        publishing.set(false);
        for (Future<?> future : reading) {
            future.get(2, TimeUnit.MINUTES);
        }
        readers.shutdown();
        assertThat(seen).isNotEmpty().allSatisfy(count -> assertThat(wholeVersions).contains(count));
    }

    @Test
    void aFailedDataTestNamesTheTestAndTheRows() {
        warehouse.spark().sql(VALUES_A.formatted(2).replace("CAST(1 AS BIGINT) AS numerator", "CAST(3 AS BIGINT) AS numerator"))
                .createOrReplaceTempView("impossible_values");
        warehouse.spark().sql("SELECT * FROM lris.mart.fct_breaches WHERE false").createOrReplaceTempView("no_breaches");
        assertThatThrownBy(() -> DataTests.check(warehouse.spark(), "impossible_values", "no_breaches"))
                .isInstanceOf(DataTestFailure.class)
                .hasMessageStartingWith("data tests failed, nothing was published:")
                .hasMessageContaining("impossible_values: 0 <= numerator <= denominator fails for 2 rows, e.g. [on_time,U0,2024-03")
                .hasMessageContaining("units resolve in mart.dim_units fails for 2 rows")
                .hasMessageContaining("value_pct = numerator / denominator * 100 fails");
    }
}

package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.quangnam.lris.schema.tables.RawDocumentsTable;
import vn.gov.quangnam.lris.schema.tables.RawOneStopDossiersTable;
import vn.gov.quangnam.lris.schema.tables.RawReportFormsTable;
import vn.gov.quangnam.lris.schema.tables.RawResultsTable;
import vn.gov.quangnam.lris.schema.tables.RawWorkRecordsTable;
import vn.gov.quangnam.lris.transforms.TestWarehouse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.quangnam.lris.transforms.RawRows.at;
import static vn.gov.quangnam.lris.transforms.RawRows.document;
import static vn.gov.quangnam.lris.transforms.RawRows.dossier;
import static vn.gov.quangnam.lris.transforms.RawRows.formRow;
import static vn.gov.quangnam.lris.transforms.RawRows.result;
import static vn.gov.quangnam.lris.transforms.RawRows.with;
import static vn.gov.quangnam.lris.transforms.RawRows.workRecord;

/**
 * Given/expected tests of the indicator rules on small hand-made data, through the real Spark job and catalog.
 * Tân Thạnh (20335) is a ward of Tam Kỳ (502); Trung Phước (20656) belonged to Nông Sơn (519) until 2024-12-31.
 */
class IndicatorRulesIT {
    private static TestWarehouse warehouse;
    private static IndicatorValuesResult result;

    @BeforeAll
    static void computeOnHandMadeData() {
        warehouse = TestWarehouse.create("transform_rules");
        warehouse.append(RawOneStopDossiersTable.IDENTIFIER, List.of(
                // 1: online, on time, fee paid online, rated 5
                with(dossier("D1", "20335", "2024-03-05T08:00:00", "2024-03-10T17:00:00", "2024-03-08T10:00:00"),
                        "channel", 2, "has_fee", true, "online_payment_channel", 2, "satisfaction_rating", 5),
                // 2: finished after the promised date, but the citizen spent 10 days on one supplement: on time
                with(dossier("D2", "20335", "2024-03-20T08:00:00", "2024-03-25T17:00:00", "2024-04-02T10:00:00"),
                        "has_fee", true, "supplement_request_count", 1, "supplement_seconds", 10L * 86400, "satisfaction_rating", 3),
                // 3: two supplement requests: late although finished before the promised date; apology letter issued
                with(dossier("D3", "20335", "2024-03-01T08:00:00", "2024-03-05T17:00:00", "2024-03-04T10:00:00"),
                        "supplement_request_count", 2, "has_apology_letter", true),
                // 4: overdue from 2024-02-20 and unfinished until 2024-04-10: late at the end of February and March
                dossier("D4", "20335", "2024-02-10T08:00:00", "2024-02-20T17:00:00", "2024-04-10T10:00:00"),
                // 5: Trung Phước, under Nông Sơn in 2024, received online
                with(dossier("D5", "20656", "2024-06-03T08:00:00", "2024-06-10T17:00:00", "2024-06-05T10:00:00"), "channel", 2),
                // 6: overdue from 2025-03-05, unfinished: late in March 2025, a running period judged at the as-of
                // instant (2025-03-11 00:00)
                dossier("D6", "20335", "2025-03-01T08:00:00", "2025-03-05T17:00:00", null),
                // 7: finished at the very instant February 2025 is judged (2025-03-01 00:00): unfinished then, late in
                // February as well as resolved late in March
                dossier("D7", "20335", "2025-02-01T08:00:00", "2025-02-10T17:00:00", "2025-03-01T00:00:00"),
                // 8: due after the as-of instant: not late yet
                dossier("D8", "20335", "2025-03-09T08:00:00", "2025-03-11T08:00:00", null)));
        warehouse.append(RawDocumentsTable.IDENTIFIER, List.of(
                document("V1", "502", "2024-03-04T09:00:00", true, true, 0),
                document("V2", "502", "2024-03-05T09:00:00", false, false, 2),
                document("V3", "502", "2024-03-06T09:00:00", true, false, 0)));
        warehouse.append(RawWorkRecordsTable.IDENTIFIER, List.of(
                workRecord("W1", "502", "2024-03-04T09:00:00", true, 0),
                workRecord("W2", "502", "2024-03-05T09:00:00", false, 0),
                workRecord("W3", "502", "2024-03-06T09:00:00", false, 1),
                workRecord("W4", "20335", "2024-03-06T09:00:00", true, 0)));
        warehouse.append(RawResultsTable.IDENTIFIER, List.of(
                result("K1", "20335", "2023-05-01", null, "2024-02-10"),
                result("K2", "20335", "2024-01-15", "2024-03-31", null)));
        warehouse.append(RawReportFormsTable.IDENTIFIER, List.of(
                formRow("20401", "2024-03", "e_processing", 8, 10),
                formRow("20335", "2024-03", "online_dossiers", 2, 3)));
        result = new SparkComputeIndicatorValues(warehouse.spark()).asOf(LocalDate.of(2025, 3, 10)).full(true).execute();
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} = {4}/{5}")
    @CsvSource({
            // on time: resolved in the period, plus unfinished dossiers past their due time at the period's end
            "on_time, 20335, 2024-02, as_reported, 0, 1",
            "on_time, 20335, 2024-03, as_reported, 1, 3",
            "on_time, 20335, 2024-04, as_reported, 1, 2",
            "on_time, 20335, 2024-Q1, as_reported, 1, 3",
            "on_time, 20335, 2024, as_reported, 2, 4",
            "late_dossiers, 20335, 2024-03, as_reported, 2, 3",
            // judged at the instant a period ends (still open then counts), a running period at the as-of instant
            "on_time, 20335, 2025-02, as_reported, 0, 1",
            "on_time, 20335, 2025-03, as_reported, 0, 2",
            "on_time, 20335, 2025-Q1, as_reported, 0, 2",
            // Decree 09: R2024-03 runs 2024-02-15..2024-03-14; D4 is judged overdue at its end
            "on_time, 20335, R2024-03, as_reported, 1, 3",
            "online_dossiers, 20335, R2024-03, as_reported, 1, 2",
            "online_dossiers, 20335, R2024-04, as_reported, 0, 1",
            "apology_letters, 20335, 2024, as_reported, 1, 2",
            "online_payment, 20335, 2024, as_reported, 1, 2",
            "satisfaction, 20335, 2024, as_reported, 1, 2",
            // the district's on-time rate covers its own office and its communes
            "on_time, 502, 2024-03, as_reported, 1, 3",
            // secret documents and work records are left out; e-processing of a district is its own office only
            "e_documents, 502, 2024-03, as_reported, 1, 2",
            "e_processing, 502, 2024-03, as_reported, 1, 2",
            "e_processing, 20335, 2024-03, as_reported, 1, 1",
            // digitization is a stock at the period's end: K2 valid to 2024-03-31, K1 digitized 2024-02-10
            "digitization, 20335, 2024-01, as_reported, 0, 2",
            "digitization, 20335, 2024-03, as_reported, 1, 2",
            "digitization, 20335, 2024-04, as_reported, 1, 1",
            "digitization, 20335, 2024-Q1, as_reported, 1, 2",
            "digitization, 20335, 2023, as_reported, 0, 1",
            // the 2025-01-01 unit change: a 2024 figure of Trung Phước rolls up to Nông Sơn as reported, Quế Sơn restated
            "online_dossiers, 519, 2024-06, as_reported, 1, 1",
            "online_dossiers, 509, 2024-06, current, 1, 1",
            "online_dossiers, 49, 2024, as_reported, 0, 0",
            // a self-reported form counts where the systems measured nothing
            "e_processing, 20401, 2024-03, as_reported, 8, 10",
            "online_dossiers, 20335, 2024-03, as_reported, 1, 3"})
    void indicatorValuesFollowTheRules(String indicator, String unit, String period, String hierarchy, long numerator, long denominator) {
        List<Row> rows = warehouse.query("""
                SELECT numerator, denominator FROM mart.fct_indicator_values
                WHERE indicator_code = '%s' AND unit_code = '%s' AND period_id = '%s' AND hierarchy = '%s'
                """.formatted(indicator, unit, period, hierarchy));
        if (denominator == 0) {
            assertThat(rows).as("no row: the province rate covers the departments only").isEmpty();
            return;
        }
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.getLong(0)).as("numerator").isEqualTo(numerator);
            assertThat(row.getLong(1)).as("denominator").isEqualTo(denominator);
        });
    }

    @Test
    void theRestatedHierarchyHasNoRowForTheAbolishedDistrict() {
        assertThat(warehouse.query("SELECT * FROM mart.fct_indicator_values WHERE unit_code = '519' AND hierarchy = 'current'")).isEmpty();
        assertThat(warehouse.query("SELECT * FROM mart.fct_indicator_values WHERE unit_code = '509' AND period_id = '2024-06' AND hierarchy = 'as_reported'")).isEmpty();
    }

    @Test
    void factsCarryTheNamesOfTheirUnitAsOfThePeriodAndRestatedToday() {
        Row asReported = warehouse.query("""
                SELECT unit_name, parent_code, district_code, indicator_name_vi, direction, period_type, calendar, end_date,
                       period_label_vi
                FROM mart.fct_indicator_values
                WHERE indicator_code = 'online_dossiers' AND unit_code = '20656' AND period_id = '2024-06' AND hierarchy = 'as_reported'
                """).get(0);
        assertThat(asReported.getString(0)).isEqualTo("Thị trấn Trung Phước");
        assertThat(asReported.getString(1)).as("parent in 2024").isEqualTo("519");
        assertThat(asReported.getString(2)).isEqualTo("519");
        assertThat(asReported.getString(3)).isNotBlank();
        assertThat(asReported.getString(4)).isEqualTo("at_least");
        assertThat(asReported.getString(5)).isEqualTo("month");
        assertThat(asReported.getString(6)).isEqualTo("calendar");
        assertThat(asReported.getDate(7)).hasToString("2024-06-30");
        assertThat(asReported.getString(8)).isEqualTo("Tháng 6/2024");
        assertThat(warehouse.query("""
                SELECT parent_code, district_code FROM mart.fct_indicator_values
                WHERE indicator_code = 'online_dossiers' AND unit_code = '20656' AND period_id = '2024-06' AND hierarchy = 'current'
                """).get(0).toString()).as("restated to today's units").isEqualTo("[509,509]");
        assertThat(warehouse.query("""
                SELECT count(*) FROM mart.fct_indicator_values WHERE unit_name IS NULL OR indicator_name_vi IS NULL OR end_date IS NULL
                """).get(0).getLong(0)).isZero();
        Row breach = warehouse.query("""
                SELECT unit_name, district_code, period_label_vi, target_source_code, target_rule FROM mart.fct_breaches
                WHERE indicator_code = 'on_time' AND unit_code = '20335' AND period_id = '2024-03'
                """).get(0);
        assertThat(breach.getString(0)).isEqualTo("Phường Tân Thạnh");
        assertThat(breach.getString(1)).isEqualTo("502");
        assertThat(breach.getString(2)).isEqualTo("Tháng 3/2024");
        assertThat(breach.getString(3)).isNotBlank();
        assertThat(breach.getString(4)).isNotBlank();
    }

    @Test
    void factsNameTheDistrictsWhoseAccountsMayReadThem() {
        String readers = """
                SELECT DISTINCT unit_code, readable_by_districts FROM mart.%s WHERE unit_code IN ('20656', '20335', '502', '519', '49')""";
        List<String> expected = List.of("[20656,,509,519,]", "[20335,,502,]", "[502,,502,]", "[519,,519,]", "[49,]");
        assertThat(warehouse.query(readers.formatted("fct_indicator_values")).stream().map(Row::toString))
                .as("a commune that moved is read by both districts")
                .isSubsetOf(expected).contains("[20656,,509,519,]", "[20335,,502,]", "[502,,502,]");
        assertThat(warehouse.query("SELECT DISTINCT readable_by_districts FROM mart.fct_indicator_values WHERE district_code IS NULL")
                .stream().map(Row::toString)).as("units above the districts: no district account").isSubsetOf("[]");
        assertThat(warehouse.query(readers.formatted("fct_latest_indicator_values")).stream().map(Row::toString)).isSubsetOf(expected).isNotEmpty();
        assertThat(warehouse.query(readers.formatted("fct_breaches")).stream().map(Row::toString)).isSubsetOf(expected).contains("[20335,,502,]");
    }

    @Test
    void theLatestTableHoldsTheLatestPeriodOfEachIndicatorPeriodTypeCalendarAndHierarchy() {
        String latestPeriods = """
                SELECT indicator_code, period_type, calendar, hierarchy, max(end_date) FROM mart.%s GROUP BY 1, 2, 3, 4""";
        assertThat(warehouse.query(latestPeriods.formatted("fct_latest_indicator_values")))
                .containsExactlyInAnyOrderElementsOf(warehouse.query(latestPeriods.formatted("fct_indicator_values")));
        assertThat(warehouse.query("""
                SELECT * EXCEPT (computed_at) FROM mart.fct_indicator_values v
                WHERE end_date = (SELECT max(end_date) FROM mart.fct_indicator_values l WHERE l.indicator_code = v.indicator_code
                      AND l.period_type = v.period_type AND l.calendar = v.calendar AND l.hierarchy = v.hierarchy)
                """)).containsExactlyInAnyOrderElementsOf(warehouse.query("SELECT * EXCEPT (computed_at) FROM mart.fct_latest_indicator_values"));
    }

    @Test
    void valuesAreJudgedAgainstTheTargetOfTheirLevelAndYear() {
        Row march = warehouse.query("""
                SELECT value_pct, target_pct, gap_pct, status, level FROM mart.fct_indicator_values
                WHERE indicator_code = 'on_time' AND unit_code = '20335' AND period_id = '2024-03' AND hierarchy = 'as_reported'
                """).get(0);
        assertThat(march.getDecimal(0)).isEqualByComparingTo("33.3333");
        assertThat(march.getDecimal(1)).isEqualByComparingTo("100");
        assertThat(march.getDecimal(2)).isEqualByComparingTo("-66.6667");
        assertThat(march.getString(3)).isEqualTo("breached");
        assertThat(march.getString(4)).isEqualTo("commune");
        Row digitizationQ1 = warehouse.query("""
                SELECT target_pct, status FROM mart.fct_indicator_values
                WHERE indicator_code = 'digitization' AND unit_code = '20335' AND period_id = '2024-Q1' AND hierarchy = 'as_reported'
                """).get(0);
        assertThat(digitizationQ1.getDecimal(0)).as("commune digitization 2024: 15 + 3 x 20").isEqualByComparingTo("75");
        assertThat(digitizationQ1.getString(1)).isEqualTo("breached");
        assertThat(warehouse.query("""
                SELECT status FROM mart.fct_indicator_values WHERE indicator_code = 'digitization' AND unit_code = '20335'
                AND period_id = '2024-04' AND hierarchy = 'as_reported'""").get(0).getString(0)).isEqualTo("met");
    }

    @Test
    void breachesCountConsecutivePeriodsAndCiteTheTargetsSource() {
        Row breach = warehouse.query("""
                SELECT consecutive_periods, severity, source_document FROM mart.fct_breaches
                WHERE indicator_code = 'on_time' AND unit_code = '20335' AND period_id = '2024-03'
                """).get(0);
        assertThat(breach.getInt(0)).isEqualTo(2);
        assertThat(breach.getString(1)).isEqualTo("critical");
        assertThat(breach.getString(2)).startsWith("Kế hoạch công tác cải cách hành chính năm 2022");
    }

    @Test
    void theGapBetweenSelfReportedAndSystemFiguresIsKept() {
        Row gap = warehouse.query("""
                SELECT system_numerator, system_denominator, reported_numerator, reported_denominator, gap_pct
                FROM quality.self_reported_gaps WHERE unit_code = '20335' AND indicator_code = 'online_dossiers' AND period_id = '2024-03'
                """).get(0);
        assertThat(List.of(gap.getLong(0), gap.getLong(1), gap.getLong(2), gap.getLong(3))).containsExactly(1L, 3L, 2L, 3L);
        assertThat(gap.getDecimal(4)).isEqualByComparingTo(new BigDecimal("33.3333"));
        assertThat(result.gapRows()).isPositive();
    }
}

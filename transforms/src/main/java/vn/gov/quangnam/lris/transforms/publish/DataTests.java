package vn.gov.quangnam.lris.transforms.publish;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * dbt-style data tests on the computed tables, run before they are published: unique and not-null keys, units and
 * periods that resolve, {@code 0 <= numerator <= denominator}, {@code value_pct = numerator / denominator * 100}.
 * Each test is a condition a row fails; every test of a table is counted in one pass over it (a Spark job costs
 * seconds however small the table), and any failing row fails the run, naming the test and showing examples.
 */
public final class DataTests {
    /** A test: its name and the condition under which a row of the checked relation fails it. */
    private record DataTest(String name, String failsWhen) {
    }

    /** A computed view with what its tests need: the copies of its key, and whether each reference resolves. */
    private static final String INDICATOR_VALUES_CHECKED = """
            SELECT v.*, count(*) OVER (PARTITION BY v.indicator_code, v.unit_code, v.period_id, v.hierarchy) AS key_copies,
                   u.unit_code IS NOT NULL AS unit_resolves, p.period_id IS NOT NULL AS period_resolves,
                   i.indicator_code IS NOT NULL AS indicator_resolves
            FROM %s v
            LEFT JOIN (SELECT DISTINCT unit_code FROM mart.dim_units) u ON u.unit_code = v.unit_code
            LEFT JOIN (SELECT DISTINCT period_id FROM mart.dim_periods) p ON p.period_id = v.period_id
            LEFT JOIN (SELECT DISTINCT indicator_code FROM mart.dim_indicators) i ON i.indicator_code = v.indicator_code
            """;

    /** Trino's row filter shows a district account the rows whose {@code readable_by_districts} name its district. */
    private static final DataTest READABLE_BY_OWN_DISTRICT = new DataTest("the unit's district may read the row (readable_by_districts)",
            "district_code IS NOT NULL AND NOT coalesce(readable_by_districts LIKE concat('%,', district_code, ',%'), false)");

    private static final List<DataTest> INDICATOR_VALUE_TESTS = List.of(
            new DataTest("keys are not null", "indicator_code IS NULL OR unit_code IS NULL OR period_id IS NULL OR hierarchy IS NULL"),
            new DataTest("(indicator, unit, period, hierarchy) is unique", "key_copies > 1"),
            new DataTest("units resolve in mart.dim_units", "NOT unit_resolves"),
            new DataTest("periods resolve in mart.dim_periods", "NOT period_resolves"),
            new DataTest("indicators resolve in mart.dim_indicators", "NOT indicator_resolves"),
            new DataTest("0 <= numerator <= denominator", "numerator < 0 OR numerator > denominator"),
            new DataTest("value_pct = numerator / denominator * 100", """
                    (denominator = 0 AND value_pct IS NOT NULL)
                    OR (denominator > 0 AND abs(value_pct - numerator * 100.0 / denominator) > 0.0001)"""),
            new DataTest("status is one of met, at_risk, breached, no_data, no_target",
                    "status IS NULL OR status NOT IN ('met', 'at_risk', 'breached', 'no_data', 'no_target')"),
            READABLE_BY_OWN_DISTRICT);

    private static final String BREACHES_CHECKED = """
            SELECT b.*, count(*) OVER (PARTITION BY b.indicator_code, b.unit_code, b.period_id) AS key_copies FROM %s b
            """;

    private static final List<DataTest> BREACH_TESTS = List.of(
            new DataTest("(indicator, unit, period) is unique", "key_copies > 1"),
            new DataTest("every breach has a source document and runs at least one period",
                    "source_document IS NULL OR consecutive_periods < 1"),
            READABLE_BY_OWN_DISTRICT);

    private DataTests() {
    }

    /** Runs the tests on the given views; throws {@link DataTestFailure} naming every failed test. */
    public static void check(SparkSession spark, String indicatorValuesView, String breachesView) {
        List<String> failures = new ArrayList<>();
        run(spark, indicatorValuesView, INDICATOR_VALUES_CHECKED, INDICATOR_VALUE_TESTS, failures);
        run(spark, breachesView, BREACHES_CHECKED, BREACH_TESTS, failures);
        if (!failures.isEmpty()) {
            throw new DataTestFailure("data tests failed, nothing was published:\n" + String.join("\n", failures));
        }
    }

    private static void run(SparkSession spark, String view, String checked, List<DataTest> tests, List<String> failures) {
        String relation = "(" + checked.formatted(view) + ")";
        String counts = tests.stream().map(test -> "count_if(" + test.failsWhen() + ")").collect(Collectors.joining(", "));
        Row failing = spark.sql("SELECT " + counts + " FROM " + relation).first();
        for (int index = 0; index < tests.size(); index++) {
            long count = failing.getLong(index);
            if (count > 0) {
                DataTest test = tests.get(index);
                List<Row> examples = spark.sql("SELECT * FROM " + relation + " WHERE " + test.failsWhen()).limit(3).collectAsList();
                failures.add("  " + view + ": " + test.name() + " fails for " + count + " rows, e.g. "
                        + examples.stream().map(Row::toString).collect(Collectors.joining("; ")));
            }
        }
    }
}

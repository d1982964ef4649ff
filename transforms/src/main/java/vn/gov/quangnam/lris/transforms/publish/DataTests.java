package vn.gov.quangnam.lris.transforms.publish;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * dbt-style data tests on the computed tables, run before they are published: unique and not-null keys, units and
 * periods that resolve, {@code 0 <= numerator <= denominator}, {@code value_pct = numerator / denominator * 100}.
 * Each test is a query returning the offending rows; any row fails the run.
 */
public final class DataTests {
    private record DataTest(String name, String query) {
    }

    private static final List<DataTest> INDICATOR_VALUE_TESTS = List.of(
            new DataTest("keys are not null", """
                    SELECT * FROM %s WHERE indicator_code IS NULL OR unit_code IS NULL OR period_id IS NULL OR hierarchy IS NULL"""),
            new DataTest("(indicator, unit, period, hierarchy) is unique", """
                    SELECT indicator_code, unit_code, period_id, hierarchy, count(*) AS copies FROM %s
                    GROUP BY indicator_code, unit_code, period_id, hierarchy HAVING count(*) > 1"""),
            new DataTest("units resolve in mart.dim_units", """
                    SELECT v.* FROM %s v LEFT ANTI JOIN mart.dim_units u ON u.unit_code = v.unit_code"""),
            new DataTest("periods resolve in mart.dim_periods", """
                    SELECT v.* FROM %s v LEFT ANTI JOIN mart.dim_periods p ON p.period_id = v.period_id"""),
            new DataTest("indicators resolve in mart.dim_indicators", """
                    SELECT v.* FROM %s v LEFT ANTI JOIN mart.dim_indicators i ON i.indicator_code = v.indicator_code"""),
            new DataTest("0 <= numerator <= denominator", """
                    SELECT * FROM %s WHERE numerator < 0 OR numerator > denominator"""),
            new DataTest("value_pct = numerator / denominator * 100", """
                    SELECT * FROM %s WHERE (denominator = 0 AND value_pct IS NOT NULL) OR (denominator > 0 AND
                      abs(value_pct - numerator * 100.0 / denominator) > 0.0001)"""),
            new DataTest("status is one of met, at_risk, breached, no_data, no_target", """
                    SELECT * FROM %s WHERE status NOT IN ('met', 'at_risk', 'breached', 'no_data', 'no_target')"""));

    private static final List<DataTest> BREACH_TESTS = List.of(
            new DataTest("(indicator, unit, period) is unique", """
                    SELECT indicator_code, unit_code, period_id, count(*) FROM %s
                    GROUP BY indicator_code, unit_code, period_id HAVING count(*) > 1"""),
            new DataTest("every breach has a source document and runs at least one period", """
                    SELECT * FROM %s WHERE source_document IS NULL OR consecutive_periods < 1"""));

    private DataTests() {
    }

    /** Runs the tests on the given views; throws {@link DataTestFailure} naming every failed test. */
    public static void check(SparkSession spark, String indicatorValuesView, String breachesView) {
        List<String> failures = new ArrayList<>();
        run(spark, indicatorValuesView, INDICATOR_VALUE_TESTS, failures);
        run(spark, breachesView, BREACH_TESTS, failures);
        if (!failures.isEmpty()) {
            throw new DataTestFailure("data tests failed, nothing was published:\n" + String.join("\n", failures));
        }
    }

    private static void run(SparkSession spark, String view, List<DataTest> tests, List<String> failures) {
        for (DataTest test : tests) {
            // count() is one Spark job; limit(n) on an empty result would run several ever larger ones
            long count = spark.sql(test.query().formatted(view)).count();
            if (count > 0) {
                List<Row> offending = spark.sql(test.query().formatted(view)).limit(3).collectAsList();
                failures.add("  " + view + ": " + test.name() + " fails for " + count + " rows, e.g. "
                        + offending.stream().map(Row::toString).collect(Collectors.joining("; ")));
            }
        }
    }
}

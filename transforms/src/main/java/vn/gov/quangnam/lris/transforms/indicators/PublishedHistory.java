package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.SparkSession;
import vn.gov.quangnam.lris.transforms.incremental.RecomputeWindow;

/**
 * What the recomputed years need from the published years before them: {@code years_before_window}, each unit's
 * year value of the year before the window, which a stock indicator's projection extends ({@link TargetStatus});
 * empty when every year is recomputed. Its values are exactly what the same computation gives for that year: nothing
 * before the window changed. (Breach runs that began before the window: {@link BreachRuns}.)
 */
final class PublishedHistory {
    private PublishedHistory() {
    }

    static void register(SparkSession spark, RecomputeWindow window) {
        String yearBefore = window.isEveryYear() ? "false" : "v.period_year = " + (window.fromYear() - 1);
        spark.sql("""
                CREATE OR REPLACE TEMPORARY VIEW years_before_window AS
                SELECT v.hierarchy, v.indicator_code, v.unit_code, p.calendar, p.year,
                       CASE WHEN v.denominator > 0 THEN v.numerator * 100.0 / v.denominator END AS ytd
                FROM mart.fct_indicator_values v
                JOIN mart.dim_periods p ON p.period_id = v.period_id
                WHERE p.period_type = 'year' AND %s
                """.formatted(yearBefore));
    }
}

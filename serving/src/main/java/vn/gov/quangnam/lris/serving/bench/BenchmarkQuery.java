package vn.gov.quangnam.lris.serving.bench;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A query the benchmark times: a dashboard tile or a report, as leaders' tools send it. */
public record BenchmarkQuery(String name, String sql) {
    public BenchmarkQuery {
        requireNonNull(name, "name is null");
        requireNonNull(sql, "sql is null");
    }

    /** The dashboard's and the reports' typical queries, on the latest synthetic year. */
    public static List<BenchmarkQuery> typical(int year) {
        return List.of(
                new BenchmarkQuery("dashboard: latest month per district", """
                        SELECT indicator_code, indicator_name_vi, unit_code, unit_name, value_pct, target_pct, gap_pct, status
                        FROM reporting.latest_indicator_values
                        WHERE period_type = 'month' AND calendar = 'calendar' AND hierarchy = 'as_reported' AND level = 'district'
                        ORDER BY gap_pct"""),
                new BenchmarkQuery("dashboard: monthly trend of the year", """
                        SELECT end_date, indicator_code, 100.0 * sum(numerator) / nullif(sum(denominator), 0) AS rate_pct
                        FROM reporting.indicator_values
                        WHERE period_type = 'month' AND calendar = 'calendar' AND hierarchy = 'as_reported' AND level = 'district'
                          AND year = %d
                        GROUP BY end_date, indicator_code
                        ORDER BY end_date, indicator_code""".formatted(year)),
                new BenchmarkQuery("report: one indicator, unit x month", """
                        SELECT unit_code, period_id, sum(numerator) AS numerator, sum(denominator) AS denominator
                        FROM mart.fct_indicator_values
                        WHERE indicator_code = 'e_processing' AND hierarchy = 'as_reported' AND period_id LIKE '%d-%%'
                        GROUP BY unit_code, period_id""".formatted(year)),
                new BenchmarkQuery("report: breaches of a month", """
                        SELECT indicator_name_vi, unit_name, value_pct, target_pct, gap_pct, consecutive_periods, severity, source_document
                        FROM reporting.breaches
                        WHERE period_id = '%d-06'
                        ORDER BY gap_pct
                        LIMIT 200""".formatted(year)),
                new BenchmarkQuery("count(*) of indicator values", "SELECT count(*) FROM mart.fct_indicator_values"),
                new BenchmarkQuery("all indicators, unit x period aggregation", """
                        SELECT unit_code, period_id, count(*) AS indicators, sum(numerator) AS numerator
                        FROM mart.fct_indicator_values
                        GROUP BY unit_code, period_id"""));
    }
}

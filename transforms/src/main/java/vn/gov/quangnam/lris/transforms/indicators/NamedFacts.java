package vn.gov.quangnam.lris.transforms.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The rows to publish, with the names and period attributes the mart facts carry for people and BI tools (see
 * warehouse-schema's {@code NameColumns}): the indicator's names from {@code dim_indicators}, the period's attributes
 * from {@code dim_periods}, and the unit's name, type, parent and district from the {@code dim_units} row valid on the
 * period's last day (as reported) or today (restated to today's units, hierarchy {@code current}); and which district
 * accounts may read the row (warehouse-schema's {@code DistrictAccessColumn}).
 */
final class NamedFacts {
    /** The {@code dim_units} row of fact {@code f} in period {@code p}; a unit that ended before its period did has none. */
    private static final String UNIT_OF_FACT = """
            LEFT JOIN mart.dim_units u
                ON u.unit_code = f.unit_code
                AND CASE WHEN %s = 'current' THEN u.valid_to IS NULL
                    ELSE u.valid_from <= p.end_date AND (u.valid_to IS NULL OR u.valid_to >= p.end_date) END""";

    /** Every district any {@code dim_units} row of the fact's unit names: Trino's row filter for district accounts. */
    private static final String READERS_OF_FACT = """
            LEFT JOIN (SELECT unit_code, concat(',', array_join(sort_array(collect_set(district_code)), ','), ',') AS districts
                       FROM mart.dim_units WHERE district_code IS NOT NULL GROUP BY unit_code) r
                ON r.unit_code = f.unit_code""";

    private static final String NAME_COLUMNS = """
            i.name_vi AS indicator_name_vi, i.name_en AS indicator_name_en,
            u.unit_name, u.unit_type, u.district_code,
            p.period_type, p.calendar, p.sequence, p.start_date, p.end_date,
            p.label_vi AS period_label_vi, p.label_en AS period_label_en,
            coalesce(r.districts, '') AS readable_by_districts""";

    private NamedFacts() {
    }

    /** The {@code judged_values} (TargetStatus output) as {@code mart.fct_indicator_values} rows. */
    static Dataset<Row> indicatorValues(SparkSession spark) {
        return spark.sql("""
                SELECT f.indicator_code, f.unit_code, f.period_id, f.hierarchy, f.level, f.numerator, f.denominator,
                       f.value_pct, f.target_pct, f.gap_pct, f.status, f.projected_year_end_pct,
                       current_timestamp() AS computed_at, f.year AS period_year,
                       i.direction, u.parent_code,
                       %s
                FROM judged_values f
                JOIN report_periods p ON p.period_id = f.period_id
                LEFT JOIN indicators i ON i.indicator_code = f.indicator_code
                %s
                %s
                """.formatted(NAME_COLUMNS, UNIT_OF_FACT.formatted("f.hierarchy"), READERS_OF_FACT));
    }

    /** The {@code breaches} (Breaches output) as {@code mart.fct_breaches} rows. */
    static Dataset<Row> breaches(SparkSession spark) {
        return spark.sql("""
                SELECT f.indicator_code, f.unit_code, f.period_id, f.level, f.value_pct, f.target_pct, f.gap_pct,
                       f.consecutive_periods, f.severity, f.source_document, current_timestamp() AS computed_at, f.period_year,
                       t.source_code AS target_source_code, t.rule AS target_rule,
                       %s
                FROM breaches f
                JOIN report_periods p ON p.period_id = f.period_id
                LEFT JOIN indicators i ON i.indicator_code = f.indicator_code
                LEFT JOIN targets t ON t.indicator_code = f.indicator_code AND t.level = f.level AND t.year = p.year
                %s
                %s
                """.formatted(NAME_COLUMNS, UNIT_OF_FACT.formatted("'as_reported'"), READERS_OF_FACT));
    }

    /**
     * {@code latest_values_published}: the rows of the published {@code mart.fct_indicator_values} snapshot in the
     * latest period with data of each indicator, period type, calendar and hierarchy. The latest end dates come from
     * a scan of five columns; the rows themselves are read from the years that hold them only (the table is
     * partitioned by {@code period_year}), not from the whole history.
     */
    static void registerLatestValues(SparkSession spark, long indicatorValuesSnapshot) {
        spark.sql("""
                SELECT * FROM lris.mart.fct_indicator_values VERSION AS OF %d
                """.formatted(indicatorValuesSnapshot)).createOrReplaceTempView("published_values");
        spark.sql("""
                SELECT indicator_code, period_type, calendar, hierarchy, max(end_date) AS latest_end_date,
                       max_by(period_year, end_date) AS latest_year
                FROM published_values
                GROUP BY indicator_code, period_type, calendar, hierarchy
                """).localCheckpoint().createOrReplaceTempView("latest_end_dates");
        Row earliest = spark.sql("SELECT min(latest_year) FROM latest_end_dates").first();
        String fromYear = earliest.isNullAt(0) ? "" : "WHERE v.period_year >= " + earliest.getInt(0);
        spark.sql("""
                SELECT /*+ BROADCAST(latest) */ v.*
                FROM (SELECT * FROM published_values v %s) v
                JOIN latest_end_dates latest
                  ON latest.indicator_code = v.indicator_code AND latest.period_type = v.period_type
                  AND latest.calendar = v.calendar AND latest.hierarchy = v.hierarchy
                  AND latest.latest_end_date = v.end_date
                """.formatted(fromYear))
                // tens of thousands of rows: one file, one split for the dashboard's query (a coalesce would also read
                // the published years in one task)
                .repartition(1)
                .createOrReplaceTempView("latest_values_published");
    }
}

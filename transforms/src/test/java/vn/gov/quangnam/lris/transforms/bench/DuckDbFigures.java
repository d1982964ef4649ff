package vn.gov.quangnam.lris.transforms.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Computes the same mart figures as the transforms — the flow indicators of dossiers and documents, per unit and
 * period (calendar and Decree 09 months, quarters, half-years, years), rolled up as reported — with DuckDB, straight
 * from the raw tables' Parquet files, as the yardstick of the benchmark.
 */
final class DuckDbFigures {
    static final List<String> INDICATORS = List.of("online_dossiers", "e_authentication", "online_payment",
            "digitized_dossiers", "satisfaction", "apology_letters", "e_documents");

    private DuckDbFigures() {
    }

    /**
     * Runs the computation; returns the table name holding (indicator_code, unit_code, period_id, numerator,
     * denominator). Like the transforms, it counts only the months that have begun by {@code asOf} (a Decree 09 month
     * begins on the 15th of the calendar month before), so records dated later do not reach a quarter or year.
     */
    static String compute(Connection duckdb, List<String> dossierFiles, List<String> documentFiles, String edgesFile,
                          String relationsFile, LocalDate asOf) throws SQLException {
        try (Statement sql = duckdb.createStatement()) {
            sql.execute("PRAGMA threads=2");
            sql.execute("""
                    CREATE OR REPLACE TABLE stg_dossiers AS
                    SELECT *, CAST(make_timestamp(epoch_us(received_at) + CAST(25200000000 AS BIGINT)) AS DATE) AS received_date,
                              CAST(make_timestamp(epoch_us(finished_at) + CAST(25200000000 AS BIGINT)) AS DATE) AS finished_date,
                              CASE WHEN finished_at IS NULL THEN NULL WHEN supplement_request_count > 1 THEN false
                                   WHEN promised_at IS NULL THEN true
                                   ELSE finished_at - to_seconds(supplement_seconds) <= promised_at END AS is_on_time
                    FROM (SELECT *, row_number() OVER (PARTITION BY source_endpoint, dossier_id ORDER BY updated_at DESC, ingested_at DESC) AS rn
                          FROM read_parquet(%s))
                    WHERE rn = 1
                    """.formatted(list(dossierFiles)));
            sql.execute("""
                    CREATE OR REPLACE TABLE stg_documents AS
                    SELECT *, CAST(make_timestamp(epoch_us(issued_at) + CAST(25200000000 AS BIGINT)) AS DATE) AS issued_date
                    FROM (SELECT *, row_number() OVER (PARTITION BY source_endpoint, document_id ORDER BY updated_at DESC, ingested_at DESC) AS rn
                          FROM read_parquet(%s))
                    WHERE rn = 1
                    """.formatted(list(documentFiles)));
            sql.execute("""
                    CREATE OR REPLACE TABLE days AS
                    SELECT indicator_code, unit_code, event_date, sum(numerator) AS numerator, sum(denominator) AS denominator FROM (
                      SELECT 'online_dossiers' AS indicator_code, unit_code, received_date AS event_date, CASE WHEN channel = 2 THEN 1 ELSE 0 END AS numerator, 1 AS denominator FROM stg_dossiers
                      UNION ALL SELECT 'e_authentication', unit_code, received_date, CASE WHEN is_vneid_authenticated THEN 1 ELSE 0 END, 1 FROM stg_dossiers
                      UNION ALL SELECT 'online_payment', unit_code, finished_date, CASE WHEN online_payment_channel > 0 THEN 1 ELSE 0 END, 1 FROM stg_dossiers WHERE finished_at IS NOT NULL AND has_fee
                      UNION ALL SELECT 'digitized_dossiers', unit_code, finished_date, CASE WHEN has_digitized_inputs AND has_electronic_result THEN 1 ELSE 0 END, 1 FROM stg_dossiers WHERE finished_at IS NOT NULL
                      UNION ALL SELECT 'satisfaction', unit_code, finished_date, CASE WHEN satisfaction_rating >= 4 THEN 1 ELSE 0 END, 1 FROM stg_dossiers WHERE satisfaction_rating IS NOT NULL AND finished_at IS NOT NULL
                      UNION ALL SELECT 'apology_letters', unit_code, finished_date, CASE WHEN has_apology_letter THEN 1 ELSE 0 END, 1 FROM stg_dossiers WHERE finished_at IS NOT NULL AND NOT is_on_time
                      UNION ALL SELECT 'e_documents', sender_unit_code, issued_date, CASE WHEN is_electronic AND is_digitally_signed THEN 1 ELSE 0 END, 1 FROM stg_documents WHERE secrecy_level = 0
                    ) GROUP BY ALL
                    """);
            sql.execute("""
                    CREATE OR REPLACE TABLE months AS
                    SELECT indicator_code, unit_code, 'calendar' AS calendar, year(event_date) AS year, month(event_date) AS month,
                           sum(numerator) AS numerator, sum(denominator) AS denominator
                    FROM days GROUP BY ALL
                    UNION ALL
                    SELECT indicator_code, unit_code, 'decree09', year(shifted), month(shifted), sum(numerator), sum(denominator)
                    FROM (SELECT *, event_date + to_months(CASE WHEN day(event_date) >= 15 THEN 1 ELSE 0 END) AS shifted FROM days)
                    GROUP BY ALL
                    """);
            sql.execute("""
                    DELETE FROM months
                    WHERE CASE WHEN calendar = 'calendar' THEN make_date(year, month, 1)
                               ELSE make_date(year, month, 15) - INTERVAL 1 MONTH END > DATE '%s'
                    """.formatted(asOf));
            sql.execute("""
                    CREATE OR REPLACE TABLE periods AS
                    SELECT indicator_code, unit_code, period_id, sum(numerator) AS numerator, sum(denominator) AS denominator FROM (
                      SELECT *, unnest([
                        prefix || year || '-' || lpad(CAST(month AS VARCHAR), 2, '0'),
                        prefix || year || '-Q' || CAST((month + 2) // 3 AS VARCHAR),
                        prefix || year || '-H' || CAST((month + 5) // 6 AS VARCHAR),
                        prefix || year]) AS period_id
                      FROM (SELECT *, CASE WHEN calendar = 'decree09' THEN 'R' ELSE '' END AS prefix FROM months))
                    GROUP BY ALL
                    """);
            sql.execute("""
                    CREATE OR REPLACE TABLE duckdb_figures AS
                    SELECT p.indicator_code, e.ancestor_unit_code AS unit_code, p.period_id,
                           sum(p.numerator) AS numerator, sum(p.denominator) AS denominator
                    FROM periods p
                    JOIN read_parquet('%s') e ON e.period_id = p.period_id AND e.child_unit_code = p.unit_code AND e.hierarchy = 'as_reported'
                    JOIN read_parquet('%s') r ON r.indicator_code = p.indicator_code AND r.relation = e.relation
                    GROUP BY ALL
                    """.formatted(edgesFile, relationsFile));
        }
        return "duckdb_figures";
    }

    static long[] totals(Connection duckdb) throws SQLException {
        try (Statement sql = duckdb.createStatement();
             ResultSet row = sql.executeQuery("SELECT count(*), sum(numerator), sum(denominator) FROM duckdb_figures")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2), row.getLong(3)};
        }
    }

    static Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    private static String list(List<String> files) {
        return files.stream().map(file -> "'" + file + "'").collect(Collectors.joining(", ", "[", "]"));
    }
}

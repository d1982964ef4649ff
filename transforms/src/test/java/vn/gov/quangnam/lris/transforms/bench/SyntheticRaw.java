package vn.gov.quangnam.lris.transforms.bench;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Generates raw dossiers and documents with Spark SQL, fast enough for ten million rows: every value derives from
 * the row number by hashing, so the data is the same on every run. Units are the real units valid on the day.
 */
final class SyntheticRaw {
    private SyntheticRaw() {
    }

    /** Appends {@code count} dossiers received between {@code firstDay} and {@code firstDay + days}, ids from {@code firstId}. */
    static void dossiers(SparkSession spark, long firstId, long count, String firstDay, int days, String updatedSuffix) {
        spark.sql("""
                INSERT INTO lris.raw.onestop_dossiers
                SELECT dossier_id, unit_code, procedure_code, procedure_field, channel, online_service_level, received_at,
                       promised_at, finished_at, finished_at AS returned_at, IF(finished_at IS NULL, 4, 10) AS status_code,
                       supplement_request_count, CAST(supplement_request_count * 86400 AS BIGINT) AS supplement_seconds,
                       NULL AS supplement_requests_json, has_fee, IF(has_fee, CAST(50000 AS BIGINT), NULL) AS fee_vnd,
                       IF(has_fee AND pmod(hash(id, 5), 3) = 0, 2, 0) AS online_payment_channel,
                       pmod(hash(id, 6), 2) = 0 AS has_digitized_inputs, finished_at IS NOT NULL AND pmod(hash(id, 7), 3) > 0 AS has_electronic_result,
                       pmod(hash(id, 8), 4) > 0 AS is_vneid_authenticated, pmod(hash(id, 9), 2) = 0 AS has_apology_letter,
                       IF(finished_at IS NOT NULL AND pmod(hash(id, 10), 3) = 0, 1 + pmod(hash(id, 11), 5), NULL) AS satisfaction_rating,
                       coalesce(finished_at, received_at) + INTERVAL 1 HOUR AS updated_at,
                       'bench' AS source_endpoint, CAST(1 AS BIGINT) AS job_execution_id, current_timestamp() AS ingested_at,
                       concat('%4$s', id) AS payload_sha256
                FROM (SELECT id, concat('HS-', id) AS dossier_id,
                             element_at(units, CAST(pmod(hash(id, 1), size(units)) + 1 AS INT)) AS unit_code,
                             concat('1.00', pmod(hash(id, 2), 900)) AS procedure_code,
                             element_at(array('Đất đai', 'Hộ tịch', 'Xây dựng', 'Đầu tư', 'Chứng thực', 'Lao động'),
                                        CAST(pmod(hash(id, 3), 6) + 1 AS INT)) AS procedure_field,
                             1 + CAST(pmod(hash(id, 4), 3) AS INT) AS channel,
                             IF(pmod(hash(id, 12), 2) = 0, 'MOT_PHAN', 'TOAN_TRINH') AS online_service_level,
                             received_at, received_at + INTERVAL 7 DAYS AS promised_at,
                             IF(pmod(hash(id, 13), 10) = 0, NULL,
                                received_at + make_interval(0, 0, 0, CAST(pmod(hash(id, 14), 12) AS INT), CAST(pmod(hash(id, 15), 8) AS INT), 0, 0)) AS finished_at,
                             IF(pmod(hash(id, 16), 20) = 0, 2, IF(pmod(hash(id, 17), 5) = 0, 1, 0)) AS supplement_request_count,
                             pmod(hash(id, 18), 3) > 0 AS has_fee
                      FROM (SELECT id, timestamp_seconds(unix_seconds(TIMESTAMP'%2$s 01:00:00') + pmod(hash(id, 0), %3$d * 86400)) AS received_at
                            FROM range(%1$d, %1$d + %5$d) AS ids(id))
                      CROSS JOIN (SELECT collect_list(unit_code) AS units FROM lris.mart.dim_units
                                  WHERE level <> 'province' AND valid_from <= DATE'%2$s' AND (valid_to IS NULL OR valid_to >= DATE'%2$s' + %3$d)))
                """.formatted(firstId, firstDay, days, updatedSuffix, count));
    }

    static void documents(SparkSession spark, long count, String firstDay, int days) {
        spark.sql("""
                INSERT INTO lris.raw.documents
                SELECT concat('VB-', id), element_at(units, CAST(pmod(hash(id, 1), size(units)) + 1 AS INT)), NULL,
                       concat(id, '/QĐ-UBND'), issued_at, pmod(hash(id, 2), 5) > 0, pmod(hash(id, 3), 4) > 0,
                       IF(pmod(hash(id, 4), 30) = 0, 1, 0), issued_at + INTERVAL 1 HOUR,
                       'bench', CAST(1 AS BIGINT), current_timestamp(), 'bench'
                FROM (SELECT id, timestamp_seconds(unix_seconds(TIMESTAMP'%2$s 01:00:00') + pmod(hash(id, 0), %3$d * 86400)) AS issued_at
                      FROM range(0, %1$d) AS ids(id))
                CROSS JOIN (SELECT collect_list(unit_code) AS units FROM lris.mart.dim_units
                            WHERE level <> 'province' AND valid_from <= DATE'%2$s' AND (valid_to IS NULL OR valid_to >= DATE'%2$s' + %3$d))
                """.formatted(count, firstDay, days));
    }

    static List<String> dataFiles(SparkSession spark, String table) {
        return spark.sql("SELECT file_path FROM lris.%s.files".formatted(table)).collectAsList().stream()
                .map(row -> row.getString(0).replaceFirst("^file:", "")).collect(Collectors.toList());
    }

    static long count(SparkSession spark, String table) {
        Row row = spark.sql("SELECT count(*) FROM lris." + table).first();
        return row.getLong(0);
    }
}

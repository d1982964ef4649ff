package vn.gov.quangnam.lris.transforms.staging;

import java.util.List;

/**
 * The staging layer (dbt naming: {@code stg_<source>__<entity>s}): the latest version of each source record, with
 * local dates in Asia/Ho_Chi_Minh for period assignment.
 */
public final class StagingModels {
    static final String LOCAL_ZONE = "Asia/Ho_Chi_Minh";

    public static final StagingModel DOSSIERS = new StagingModel("staging.stg_onestop__dossiers", "raw.onestop_dossiers",
            "source_endpoint, dossier_id", "received_at", """
            SELECT source_endpoint, dossier_id, unit_code, procedure_code, procedure_field, channel, online_service_level,
                   received_at, promised_at, finished_at, returned_at, status_code,
                   supplement_request_count, supplement_seconds, has_fee, fee_vnd, online_payment_channel,
                   has_digitized_inputs, has_electronic_result, is_vneid_authenticated, has_apology_letter,
                   satisfaction_rating, updated_at,
                   to_date(from_utc_timestamp(received_at, '%1$s')) AS received_date,
                   to_date(from_utc_timestamp(finished_at, '%1$s')) AS finished_date,
                   -- On-time rule (sources.md §1, national rule): the finish time minus the citizen's supplement time
                   -- is not after the promised date, and there was at most one supplement request.
                   CASE WHEN finished_at IS NULL THEN NULL
                        WHEN supplement_request_count > 1 THEN false
                        WHEN promised_at IS NULL THEN true
                        ELSE timestampadd(SECOND, -supplement_seconds, finished_at) <= promised_at END AS is_on_time
            FROM (SELECT *, row_number() OVER (PARTITION BY {record}
                                               ORDER BY updated_at DESC, ingested_at DESC) AS version_rank
                  FROM {source})
            WHERE version_rank = 1
            """.formatted(LOCAL_ZONE));

    public static final StagingModel DOCUMENTS = new StagingModel("staging.stg_documents__documents", "raw.documents",
            "source_endpoint, document_id", "issued_at", """
            SELECT source_endpoint, document_id, sender_unit_code, recipient_unit_code, reference_number, issued_at,
                   is_electronic, is_digitally_signed, secrecy_level, updated_at,
                   to_date(from_utc_timestamp(issued_at, '%1$s')) AS issued_date
            FROM (SELECT *, row_number() OVER (PARTITION BY {record}
                                               ORDER BY updated_at DESC, ingested_at DESC) AS version_rank
                  FROM {source})
            WHERE version_rank = 1
            """.formatted(LOCAL_ZONE));

    public static final StagingModel WORK_RECORDS = new StagingModel("staging.stg_documents__work_records", "raw.work_records",
            "source_endpoint, work_record_id", "opened_at", """
            SELECT source_endpoint, work_record_id, unit_code, opened_at, closed_at, is_fully_electronic, secrecy_level,
                   updated_at, to_date(from_utc_timestamp(opened_at, '%1$s')) AS opened_date
            FROM (SELECT *, row_number() OVER (PARTITION BY {record}
                                               ORDER BY updated_at DESC, ingested_at DESC) AS version_rank
                  FROM {source})
            WHERE version_rank = 1
            """.formatted(LOCAL_ZONE));

    public static final StagingModel RESULTS = new StagingModel("staging.stg_results__procedure_results", "raw.procedure_results",
            "source_endpoint, result_id", "issued_date", """
            SELECT source_endpoint, result_id, unit_code, procedure_code, issued_date, valid_until_date, digitized_date, updated_at
            FROM (SELECT *, row_number() OVER (PARTITION BY {record}
                                               ORDER BY updated_at DESC, ingested_at DESC) AS version_rank
                  FROM {source})
            WHERE version_rank = 1
            """);

    /** The later form for a unit, month and indicator wins (a commune re-sends a corrected form). */
    public static final StagingModel REPORT_FORMS = new StagingModel("staging.stg_forms__report_rows", "raw.report_form_rows",
            "unit_code, report_month, indicator_code", null, """
            SELECT unit_code, report_month, indicator_code, numerator, denominator, note, file_name, file_modified_at
            FROM (SELECT *, row_number() OVER (PARTITION BY {record}
                                               ORDER BY file_modified_at DESC, file_name DESC, row_number DESC) AS version_rank
                  FROM {source})
            WHERE version_rank = 1
            """);

    public static final List<StagingModel> ALL = List.of(DOSSIERS, DOCUMENTS, WORK_RECORDS, RESULTS, REPORT_FORMS);

    private StagingModels() {
    }
}

package vn.gov.quangnam.lris.transforms.indicators;

/**
 * The system-measured flow indicators as daily counts per unit: {@code indicator_code, unit_code, event_date,
 * numerator, denominator}. Each indicator's numerator and denominator follow its definition in the indicator
 * catalogue; the date is the one that places a record in a period (received, resolved, issued, opened).
 */
final class FlowEvents {
    private static final String SQL = """
            SELECT indicator_code, unit_code, event_date, sum(numerator) AS numerator, sum(denominator) AS denominator
            FROM (
              -- online_dossiers: received online (channel 2) / received
              SELECT 'online_dossiers' AS indicator_code, unit_code, received_date AS event_date,
                     IF(channel = 2, 1, 0) AS numerator, 1 AS denominator
              FROM dossiers
              UNION ALL
              -- e_authentication: applicant authenticated with the national electronic ID / received
              SELECT 'e_authentication', unit_code, received_date, IF(is_vneid_authenticated, 1, 0), 1 FROM dossiers
              UNION ALL
              -- online_payment: paid online / resolved dossiers carrying a fee
              SELECT 'online_payment', unit_code, finished_date, IF(online_payment_channel > 0, 1, 0), 1
              FROM dossiers WHERE finished_at IS NOT NULL AND has_fee
              UNION ALL
              -- digitized_dossiers (Decision 766, a flow): digitized inputs and an electronic result / resolved
              SELECT 'digitized_dossiers', unit_code, finished_date,
                     IF(has_digitized_inputs AND has_electronic_result, 1, 0), 1
              FROM dossiers WHERE finished_at IS NOT NULL
              UNION ALL
              -- satisfaction: ratings 4-5 / rated
              SELECT 'satisfaction', unit_code, finished_date, IF(satisfaction_rating >= 4, 1, 0), 1
              FROM dossiers WHERE satisfaction_rating IS NOT NULL AND finished_at IS NOT NULL
              UNION ALL
              SELECT 'satisfaction_priority_fields', unit_code, finished_date, IF(satisfaction_rating >= 4, 1, 0), 1
              FROM dossiers WHERE satisfaction_rating IS NOT NULL AND finished_at IS NOT NULL AND is_priority_field
              UNION ALL
              -- on_time and late_dossiers, resolved part (the overdue-unfinished part is added per period)
              SELECT 'on_time', unit_code, finished_date, IF(is_on_time, 1, 0), 1 FROM dossiers WHERE finished_at IS NOT NULL
              UNION ALL
              SELECT 'late_dossiers', unit_code, finished_date, IF(is_on_time, 0, 1), 1 FROM dossiers WHERE finished_at IS NOT NULL
              UNION ALL
              -- apology_letters: late resolved dossiers with an apology letter / late resolved dossiers
              SELECT 'apology_letters', unit_code, finished_date, IF(has_apology_letter, 1, 0), 1
              FROM dossiers WHERE finished_at IS NOT NULL AND NOT is_on_time
              UNION ALL
              -- e_documents: electronic and digitally signed / exchanged, secret documents excluded
              SELECT 'e_documents', sender_unit_code, issued_date, IF(is_electronic AND is_digitally_signed, 1, 0), 1
              FROM documents WHERE secrecy_level = 0
              UNION ALL
              -- e_processing: handled fully electronically / work records, state-secret records excluded
              SELECT 'e_processing', unit_code, opened_date, IF(is_fully_electronic, 1, 0), 1
              FROM work_records WHERE secrecy_level = 0
            )
            GROUP BY indicator_code, unit_code, event_date
            """;

    /** Folding Vietnamese letters to ASCII, to match procedure fields written with or without diacritics. */
    private static final String VIETNAMESE_LETTERS = "ĐđÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶáàảãạâấầẩẫậăắằẳẵặÉÈẺẼẸÊẾỀỂỄỆéèẻẽẹêếềểễệÍÌỈĨỊíìỉĩịÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢóòỏõọôốồổỗộơớờởỡợÚÙỦŨỤƯỨỪỬỮỰúùủũụưứừửữựÝỲỶỸỴýỳỷỹỵ";
    private static final String PLAIN_LETTERS = "DdAAAAAAAAAAAAAAAAAaaaaaaaaaaaaaaaaaEEEEEEEEEEEeeeeeeeeeeeIIIIIiiiiiOOOOOOOOOOOOOOOOOoooooooooooooooooUUUUUUUUUUUuuuuuuuuuuuYYYYYyyyyy";

    private FlowEvents() {
    }

    /**
     * SQL of the daily counts of the given staging-shaped relations of dossiers, documents and work records (the
     * whole staging layer for a rebuild; the changed records' old or new versions for an incremental run).
     */
    static String sql(String dossiers, String documents, String workRecords) {
        String dossiersWithFields = """
                (SELECT *, lower(translate(coalesce(procedure_field, ''), '%s', '%s'))
                           RLIKE 'dat dai|xay dung|dau tu|land|construction|investment' AS is_priority_field
                 FROM %s)""".formatted(VIETNAMESE_LETTERS, PLAIN_LETTERS, dossiers);
        return SQL.replace("FROM dossiers", "FROM " + dossiersWithFields).replace("FROM documents", "FROM " + documents)
                .replace("FROM work_records", "FROM " + workRecords);
    }
}

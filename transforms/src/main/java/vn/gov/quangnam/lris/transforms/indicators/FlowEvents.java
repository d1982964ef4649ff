package vn.gov.quangnam.lris.transforms.indicators;

/**
 * The system-measured flow indicators as daily counts per unit: {@code indicator_code, unit_code, event_date,
 * numerator, denominator}. Each indicator's numerator and denominator follow its definition in the indicator
 * catalogue; the date is the one that places a record in a period (received, resolved, issued, opened).
 */
final class FlowEvents {
    /**
     * One pass over each source: every record yields one event per indicator it counts in ({@code counts}: whether
     * it is in the indicator's denominator at all), instead of one scan of the records per indicator.
     */
    private static final String SQL = """
            SELECT indicator_code, unit_code, event_date, sum(numerator) AS numerator, sum(denominator) AS denominator
            FROM (
              SELECT e.indicator_code, d.unit_code, e.event_date, e.numerator, 1 AS denominator
              FROM dossiers d
              LATERAL VIEW inline(array(
                -- online_dossiers: received online (channel 2) / received
                named_struct('indicator_code', 'online_dossiers', 'event_date', received_date,
                             'numerator', IF(channel = 2, 1, 0), 'counts', true),
                -- e_authentication: applicant authenticated with the national electronic ID / received
                named_struct('indicator_code', 'e_authentication', 'event_date', received_date,
                             'numerator', IF(is_vneid_authenticated, 1, 0), 'counts', true),
                -- online_payment: paid online / resolved dossiers carrying a fee
                named_struct('indicator_code', 'online_payment', 'event_date', finished_date,
                             'numerator', IF(online_payment_channel > 0, 1, 0), 'counts', finished_at IS NOT NULL AND has_fee),
                -- digitized_dossiers (Decision 766, a flow): digitized inputs and an electronic result / resolved
                named_struct('indicator_code', 'digitized_dossiers', 'event_date', finished_date,
                             'numerator', IF(has_digitized_inputs AND has_electronic_result, 1, 0), 'counts', finished_at IS NOT NULL),
                -- satisfaction: ratings 4-5 / rated (and the same over the priority fields: land, construction, investment)
                named_struct('indicator_code', 'satisfaction', 'event_date', finished_date,
                             'numerator', IF(satisfaction_rating >= 4, 1, 0),
                             'counts', satisfaction_rating IS NOT NULL AND finished_at IS NOT NULL),
                named_struct('indicator_code', 'satisfaction_priority_fields', 'event_date', finished_date,
                             'numerator', IF(satisfaction_rating >= 4, 1, 0),
                             'counts', satisfaction_rating IS NOT NULL AND finished_at IS NOT NULL AND is_priority_field),
                -- on_time and late_dossiers, resolved part (the overdue-unfinished part is added per period)
                named_struct('indicator_code', 'on_time', 'event_date', finished_date,
                             'numerator', IF(is_on_time, 1, 0), 'counts', finished_at IS NOT NULL),
                named_struct('indicator_code', 'late_dossiers', 'event_date', finished_date,
                             'numerator', IF(is_on_time, 0, 1), 'counts', finished_at IS NOT NULL),
                -- apology_letters: late resolved dossiers with an apology letter / late resolved dossiers
                named_struct('indicator_code', 'apology_letters', 'event_date', finished_date,
                             'numerator', IF(has_apology_letter, 1, 0), 'counts', finished_at IS NOT NULL AND NOT is_on_time)
              )) e
              WHERE e.counts
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
        // inline, after the cheaper conditions: only rated, resolved dossiers are matched against the fields
        String isPriorityField = """
                lower(translate(coalesce(procedure_field, ''), '%s', '%s'))
                RLIKE 'dat dai|xay dung|dau tu|land|construction|investment'""".formatted(VIETNAMESE_LETTERS, PLAIN_LETTERS);
        return SQL.replace("is_priority_field", isPriorityField).replace("FROM dossiers d", "FROM " + dossiers + " d")
                .replace("FROM documents", "FROM " + documents).replace("FROM work_records", "FROM " + workRecords);
    }
}

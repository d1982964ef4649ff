package vn.gov.quangnam.lris.transforms.indicators;

/**
 * The system-measured flow indicators as daily counts per unit: {@code indicator_code, unit_code, event_date,
 * numerator, denominator}. Each indicator's numerator and denominator follow its definition in the indicator
 * catalogue; the date is the one that places a record in a period (received, resolved, issued, opened).
 */
final class FlowEvents {
    /**
     * Each source is first counted per unit and day, one column per numerator and denominator (a few hundred thousand
     * groups, aggregated inside each task before any shuffle), then unpivoted to one row per indicator. Exploding every
     * record into one event per indicator first cost a shuffle-side aggregation of ~6 events per dossier (60 million
     * rows at 10M dossiers).
     */
    private static final String SQL = """
            SELECT indicator_code, unit_code, event_date, numerator, denominator
            FROM (
              SELECT e.indicator_code, r.unit_code, r.event_date, e.numerator, e.denominator
              FROM (SELECT unit_code, received_date AS event_date, count(*) AS received,
                           count_if(channel = 2) AS received_online, count_if(is_vneid_authenticated) AS authenticated
                    FROM dossiers GROUP BY unit_code, received_date) r
              LATERAL VIEW inline(array(
                -- online_dossiers: received online (channel 2) / received
                named_struct('indicator_code', 'online_dossiers', 'numerator', received_online, 'denominator', received),
                -- e_authentication: applicant authenticated with the national electronic ID / received
                named_struct('indicator_code', 'e_authentication', 'numerator', authenticated, 'denominator', received)
              )) e
              UNION ALL
              SELECT e.indicator_code, f.unit_code, f.event_date, e.numerator, e.denominator
              FROM (SELECT unit_code, finished_date AS event_date, count(*) AS resolved,
                           count_if(has_fee) AS resolved_with_fee, count_if(has_fee AND online_payment_channel > 0) AS paid_online,
                           count_if(has_digitized_inputs AND has_electronic_result) AS digitized,
                           count_if(satisfaction_rating IS NOT NULL) AS rated, count_if(satisfaction_rating >= 4) AS satisfied,
                           count_if(rated_in_priority_field) AS rated_in_priority_fields,
                           count_if(rated_in_priority_field AND satisfaction_rating >= 4) AS satisfied_in_priority_fields,
                           count_if(is_on_time) AS on_time, count_if(NOT is_on_time) AS late,
                           count_if(NOT is_on_time AND has_apology_letter) AS late_with_apology
                    FROM (SELECT *, satisfaction_rating IS NOT NULL AND is_priority_field AS rated_in_priority_field
                          FROM dossiers WHERE finished_at IS NOT NULL)
                    GROUP BY unit_code, finished_date) f
              LATERAL VIEW inline(array(
                -- online_payment: paid online / resolved dossiers carrying a fee
                named_struct('indicator_code', 'online_payment', 'numerator', paid_online, 'denominator', resolved_with_fee),
                -- digitized_dossiers (Decision 766, a flow): digitized inputs and an electronic result / resolved
                named_struct('indicator_code', 'digitized_dossiers', 'numerator', digitized, 'denominator', resolved),
                -- satisfaction: ratings 4-5 / rated (and the same over the priority fields: land, construction, investment)
                named_struct('indicator_code', 'satisfaction', 'numerator', satisfied, 'denominator', rated),
                named_struct('indicator_code', 'satisfaction_priority_fields', 'numerator', satisfied_in_priority_fields,
                             'denominator', rated_in_priority_fields),
                -- on_time and late_dossiers, resolved part (the overdue-unfinished part is added per period)
                named_struct('indicator_code', 'on_time', 'numerator', on_time, 'denominator', resolved),
                named_struct('indicator_code', 'late_dossiers', 'numerator', late, 'denominator', resolved),
                -- apology_letters: late resolved dossiers with an apology letter / late resolved dossiers
                named_struct('indicator_code', 'apology_letters', 'numerator', late_with_apology, 'denominator', late)
              )) e
              UNION ALL
              -- e_documents: electronic and digitally signed / exchanged, secret documents excluded
              SELECT 'e_documents', sender_unit_code, issued_date, count_if(is_electronic AND is_digitally_signed), count(*)
              FROM documents WHERE secrecy_level = 0 GROUP BY sender_unit_code, issued_date
              UNION ALL
              -- e_processing: handled fully electronically / work records, state-secret records excluded
              SELECT 'e_processing', unit_code, opened_date, count_if(is_fully_electronic), count(*)
              FROM work_records WHERE secrecy_level = 0 GROUP BY unit_code, opened_date
            )
            -- a day on which no record counted in an indicator's denominator has no row for it
            WHERE denominator > 0
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
        // after the cheaper conditions: only rated, resolved dossiers are matched against the fields
        String isPriorityField = """
                lower(translate(coalesce(procedure_field, ''), '%s', '%s'))
                RLIKE 'dat dai|xay dung|dau tu|land|construction|investment'""".formatted(VIETNAMESE_LETTERS, PLAIN_LETTERS);
        return SQL.replace("is_priority_field", isPriorityField).replace("FROM dossiers", "FROM " + dossiers)
                .replace("FROM documents", "FROM " + documents).replace("FROM work_records", "FROM " + workRecords);
    }
}

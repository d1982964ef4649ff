package vn.gov.quangnam.lris.transforms.indicators;

import vn.gov.quangnam.lris.transforms.incremental.IntermediateLayer;

/**
 * What a set of source records contributes per unit and month, in both calendars (month ids {@code 2024-03} and
 * {@code R2024-03}), as SQL over staging-shaped relations: flow counts per indicator, the dated changes of the
 * digitization stock, and the dossiers the on-time rule may count late at a period's end. Applied to the whole
 * staging layer for a rebuild, and to the old and new versions of changed records for an incremental run (new
 * minus old), so both runs follow the same rules.
 */
public final class MonthContributions implements IntermediateLayer.Contributions {
    /** Decree 09/2019/NĐ-CP art. 12: a day from the 15th on belongs to the next month's report. */
    static final String DECREE09_MONTH = "concat('R', date_format(add_months(%1$s, IF(dayofmonth(%1$s) >= 15, 1, 0)), 'yyyy-MM'))";
    static final String CALENDAR_MONTH = "date_format(%1$s, 'yyyy-MM')";
    private static final String BOTH_CALENDARS = """
            LATERAL VIEW inline(array(named_struct('calendar', 'calendar', 'month_id', %s),
                                      named_struct('calendar', 'decree09', 'month_id', %s))) months""";

    @Override
    public String flowMonths(String dossiers, String documents, String workRecords) {
        return """
                SELECT indicator_code, unit_code, months.calendar, months.month_id,
                       CAST(sum(numerator) AS BIGINT) AS numerator, CAST(sum(denominator) AS BIGINT) AS denominator
                FROM (%s) days
                %s
                GROUP BY indicator_code, unit_code, months.calendar, months.month_id
                """.formatted(FlowEvents.sql(dossiers, documents, workRecords), bothCalendars("event_date"));
    }

    /**
     * Digitization is a stock (sources.md §3): results issued on or before a day and still valid that day, digitized
     * on or before it. Each result adds 1 to the denominator on its issue date and takes it away the day after its
     * validity ends; likewise 1 to the numerator from when it is both issued and digitized.
     */
    @Override
    public String digitizationChanges(String results) {
        return """
                SELECT unit_code, months.calendar, months.month_id,
                       CAST(sum(denominator_change) AS BIGINT) AS denominator_change,
                       CAST(sum(numerator_change) AS BIGINT) AS numerator_change
                FROM (
                  SELECT unit_code, issued_date AS change_date, 1 AS denominator_change, 0 AS numerator_change FROM %1$s
                  UNION ALL
                  SELECT unit_code, date_add(valid_until_date, 1), -1, 0 FROM %1$s WHERE valid_until_date IS NOT NULL
                  UNION ALL
                  SELECT unit_code, greatest(issued_date, digitized_date), 0, 1 FROM %1$s
                  WHERE digitized_date IS NOT NULL
                    AND (valid_until_date IS NULL OR greatest(issued_date, digitized_date) <= valid_until_date)
                  UNION ALL
                  SELECT unit_code, date_add(valid_until_date, 1), 0, -1 FROM %1$s
                  WHERE digitized_date IS NOT NULL AND valid_until_date IS NOT NULL
                    AND greatest(issued_date, digitized_date) <= valid_until_date
                ) changes
                %2$s
                GROUP BY unit_code, months.calendar, months.month_id
                """.formatted(results, bothCalendars("change_date"));
    }

    @Override
    public String lateDossiers(String dossiers) {
        return OverdueDossiers.LATE_CANDIDATES.formatted(dossiers);
    }

    private static String bothCalendars(String dateColumn) {
        return BOTH_CALENDARS.formatted(CALENDAR_MONTH.formatted(dateColumn), DECREE09_MONTH.formatted(dateColumn));
    }
}

package vn.gov.quangnam.lris.simulator.generation;

import vn.gov.quangnam.lris.simulator.Source;

import java.time.LocalDate;

/**
 * Record keys: {@code <source>.<endpoint prefix>-<yyyyMMdd>-<sequence, 9 digits>}, e.g.
 * {@code HS.H49.TK-20240305-000000123}. The sequence grows with the day, so within one feed the keys sort like the
 * sequence numbers, which keeps the (ngayCapNhat, key) order of the pages a plain order of numbers.
 */
public final class RecordKeys {
    private RecordKeys() {
    }

    public static String key(Source source, String endpointPrefix, LocalDate day, int sequence) {
        if (sequence < 1 || sequence > 999_999_999) {
            throw new IllegalArgumentException("record sequence out of range: " + sequence);
        }
        StringBuilder key = new StringBuilder(32);
        key.append(sourcePrefix(source)).append('.').append(endpointPrefix).append('-');
        int date = day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
        key.append(date).append('-');
        String digits = Integer.toString(sequence);
        key.append("0".repeat(9 - digits.length())).append(digits);
        return key.toString();
    }

    private static String sourcePrefix(Source source) {
        return switch (source) {
            case DOSSIERS -> "HS";
            case DOCUMENTS -> "VB";
            case WORK_RECORDS -> "CV";
            case RESULTS -> "KQ";
            case FORMS -> throw new IllegalArgumentException("forms have no record keys");
        };
    }
}

package vn.gov.quangnam.lris.ingestion.common;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as spreadsheets write them in Vietnam: decimal comma and thousands dots ({@code 1.234,5}), or the
 * English way ({@code 1,234.5}), or plain. A single separator followed by exactly three digits is a thousands
 * separator ({@code 1.234} = 1234) unless the number starts with 0 ({@code 0,125}); otherwise it is the decimal
 * separator ({@code 12,5} = 12.5).
 */
public final class SourceNumbers {
    private static final Pattern THOUSANDS_ONLY = Pattern.compile("-?\\d{1,3}([.,]\\d{3})+");

    private SourceNumbers() {
    }

    public static BigDecimal decimal(String field, String text) {
        String value = text == null ? "" : text.strip().replace(" ", "").replace("\u00a0", "");
        if (value.isEmpty()) {
            throw new RecordRejectedException(RejectionReason.MISSING_FIELD, field + " is empty");
        }
        try {
            return new BigDecimal(canonical(value));
        } catch (NumberFormatException e) {
            throw new RecordRejectedException(RejectionReason.UNPARSEABLE, field + " '" + text + "' is not a number");
        }
    }

    private static String canonical(String value) {
        int lastDot = value.lastIndexOf('.');
        int lastComma = value.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            boolean commaIsDecimal = lastComma > lastDot;
            return commaIsDecimal ? value.replace(".", "").replace(',', '.') : value.replace(",", "");
        }
        boolean leadingZero = value.startsWith("0") || value.startsWith("-0");
        if (!leadingZero && THOUSANDS_ONLY.matcher(value).matches() && (count(value, '.') > 1 || count(value, ',') > 1
                || value.length() - Math.max(lastDot, lastComma) == 4)) {
            return value.replace(".", "").replace(",", "");
        }
        return value.replace(',', '.');
    }

    private static long count(String value, char separator) {
        return value.chars().filter(c -> c == separator).count();
    }
}

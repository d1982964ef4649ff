package vn.gov.quangnam.lris.simulator.generation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Time in the simulated province: Asia/Ho_Chi_Minh, UTC+07:00 all year (no daylight saving). Instants are kept as
 * epoch seconds; formatting is hand-written because the serving path formats millions of timestamps.
 */
public final class SimulatorTime {
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private SimulatorTime() {
    }

    public static long startOfDay(LocalDate day) {
        return day.toEpochSecond(LocalTime.MIDNIGHT, OFFSET);
    }

    /** The last second of the day (23:59:59 local). */
    public static long endOfDay(LocalDate day) {
        return startOfDay(day) + 86_399;
    }

    public static LocalDate dayOf(long epochSecond) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond + OFFSET.getTotalSeconds(), 86_400));
    }

    public static OffsetDateTime toOffsetDateTime(long epochSecond) {
        return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(epochSecond), OFFSET);
    }

    /** Formats an instant in the given style. */
    public static String format(long epochSecond, TimestampStyle style) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(epochSecond, 0, OFFSET);
        StringBuilder text = new StringBuilder(25);
        boolean compact = style == TimestampStyle.COMPACT;
        pad(text, local.getYear(), 4);
        if (!compact) {
            text.append('-');
        }
        pad(text, local.getMonthValue(), 2);
        if (!compact) {
            text.append('-');
        }
        pad(text, local.getDayOfMonth(), 2);
        if (!compact) {
            text.append('T');
        }
        pad(text, local.getHour(), 2);
        if (!compact) {
            text.append(':');
        }
        pad(text, local.getMinute(), 2);
        if (!compact) {
            text.append(':');
        }
        pad(text, local.getSecond(), 2);
        if (style == TimestampStyle.OFFSET) {
            text.append("+07:00");
        }
        return text.toString();
    }

    public static String formatDate(LocalDate date) {
        StringBuilder text = new StringBuilder(10);
        pad(text, date.getYear(), 4);
        text.append('-');
        pad(text, date.getMonthValue(), 2);
        text.append('-');
        pad(text, date.getDayOfMonth(), 2);
        return text.toString();
    }

    /**
     * Parses a timestamp given by a client: ISO-8601 with offset or {@code Z}, ISO local (taken as +07:00), a date
     * (its start, +07:00) or the compact {@code yyyyMMddHHmmss}. Returns epoch seconds.
     */
    public static long parse(String text) {
        String value = text.strip();
        try {
            if (value.matches("\\d{14}")) {
                return LocalDateTime.parse(value, COMPACT).toEpochSecond(OFFSET);
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return startOfDay(LocalDate.parse(value));
            }
            if (value.matches(".*(Z|[+-]\\d{2}:?\\d{2})$") && value.contains("T")) {
                return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toEpochSecond();
            }
            return LocalDateTime.parse(value).toEpochSecond(OFFSET);
        } catch (DateTimeParseException e) {
            throw new DateTimeException("'" + text + "' is not a timestamp; use ISO-8601 with offset, e.g. "
                    + "2024-03-05T08:30:00+07:00 (encode '+' as %2B in a URL)", e);
        }
    }

    private static void pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        text.append(digits);
    }
}

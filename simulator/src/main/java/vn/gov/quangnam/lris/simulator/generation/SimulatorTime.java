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
    /** The longest form, {@code 2024-03-05T08:30:00+07:00}. */
    public static final int MAX_LENGTH = 25;
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
        char[] text = new char[MAX_LENGTH];
        return new String(text, 0, format(epochSecond, style, text));
    }

    /**
     * Writes an instant in the given style into {@code text} (at least {@value #MAX_LENGTH} chars) and returns how
     * many chars it wrote. The serving path writes several timestamps per record, so the civil date is computed from
     * the epoch day by arithmetic (the proleptic Gregorian calendar, as {@link LocalDate#ofEpochDay}) and the digits
     * are written in place, without the objects a {@link LocalDateTime} and a {@link StringBuilder} would cost.
     */
    public static int format(long epochSecond, TimestampStyle style, char[] text) {
        long local = epochSecond + OFFSET.getTotalSeconds();
        long epochDay = Math.floorDiv(local, 86_400);
        int secondOfDay = (int) Math.floorMod(local, 86_400);
        // Days since 0000-03-01, in 400-year eras of 146,097 days; March-based years put the leap day last.
        long days = epochDay + 719_468;
        long era = Math.floorDiv(days, 146_097);
        int dayOfEra = (int) (days - era * 146_097);
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int marchMonth = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * marchMonth + 2) / 5 + 1;
        int month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        boolean compact = style == TimestampStyle.COMPACT;
        int at = digits(text, 0, (int) year, 4);
        at = separator(text, at, '-', compact);
        at = digits(text, at, month, 2);
        at = separator(text, at, '-', compact);
        at = digits(text, at, day, 2);
        at = separator(text, at, 'T', compact);
        at = digits(text, at, secondOfDay / 3600, 2);
        at = separator(text, at, ':', compact);
        at = digits(text, at, secondOfDay / 60 % 60, 2);
        at = separator(text, at, ':', compact);
        at = digits(text, at, secondOfDay % 60, 2);
        if (style == TimestampStyle.OFFSET) {
            "+07:00".getChars(0, 6, text, at);
            at += 6;
        }
        return at;
    }

    private static int separator(char[] text, int at, char separator, boolean compact) {
        if (compact) {
            return at;
        }
        text[at] = separator;
        return at + 1;
    }

    /** Writes {@code value} (non-negative, at most {@code width} digits) zero-padded to {@code width} digits. */
    private static int digits(char[] text, int at, int value, int width) {
        for (int index = at + width - 1; index >= at; index--) {
            text[index] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }

    public static String formatDate(LocalDate date) {
        char[] text = new char[10];
        int at = digits(text, 0, date.getYear(), 4);
        text[at++] = '-';
        at = digits(text, at, date.getMonthValue(), 2);
        text[at++] = '-';
        digits(text, at, date.getDayOfMonth(), 2);
        return new String(text);
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
}

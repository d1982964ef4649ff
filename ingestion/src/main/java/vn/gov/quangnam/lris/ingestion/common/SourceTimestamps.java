package vn.gov.quangnam.lris.ingestion.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads the time stamps real sources send (sources.md, "What real sources do"): ISO-8601 with an offset
 * ({@code 2024-03-05T08:30:00+07:00}), local time without offset (taken in the source's zone, Asia/Ho_Chi_Minh by
 * default), the compact form {@code 20240305083000}, a bare date, and {@code dd/MM/yyyy} in files. Everything becomes
 * a UTC instant. Dates before 2000 or after tomorrow are refused.
 */
public final class SourceTimestamps {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant EARLIEST = LocalDate.of(2000, 1, 1).atStartOfDay(DEFAULT_ZONE).toInstant();
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d)");
    private static final Pattern COMPACT = Pattern.compile("\\d{14}");
    private static final Pattern COMPACT_DATE = Pattern.compile("\\d{8}");
    private static final Pattern SLASHED_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final DateTimeFormatter COMPACT_FORMAT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final DateTimeFormatter COMPACT_DATE_FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter SLASHED_FORMAT = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final ZoneId sourceZone;
    private final Instant latestAllowed;

    public SourceTimestamps(ZoneId sourceZone, Instant now) {
        this.sourceZone = sourceZone;
        this.latestAllowed = now.plusSeconds(24 * 3600);
    }

    /** Parses a time stamp of any accepted form; throws with the field named when it is none of them. */
    public Instant instant(String field, String text) {
        Instant sentWithOffset = isoSecondsWithOffset(text);
        if (sentWithOffset != null) {
            checkRange(field, text, sentWithOffset);
            return sentWithOffset;
        }
        String value = SPACE_BEFORE_TIME.matcher(text.strip()).replaceFirst("$1T");
        Instant instant;
        try {
            if (COMPACT.matcher(value).matches()) {
                instant = LocalDateTime.parse(value, COMPACT_FORMAT).atZone(sourceZone).toInstant();
            } else if (COMPACT_DATE.matcher(value).matches()) {
                instant = LocalDate.parse(value, COMPACT_DATE_FORMAT).atStartOfDay(sourceZone).toInstant();
            } else if (SLASHED_DATE.matcher(value).matches()) {
                instant = LocalDate.parse(value, SLASHED_FORMAT).atStartOfDay(sourceZone).toInstant();
            } else if (value.length() == 10) {
                instant = LocalDate.parse(value).atStartOfDay(sourceZone).toInstant();
            } else if (hasOffset(value)) {
                instant = OffsetDateTime.parse(value).toInstant();
            } else {
                instant = LocalDateTime.parse(value).atZone(sourceZone).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw new RecordRejectedException(RejectionReason.UNPARSEABLE, field + " '" + text
                    + "' is not a time stamp; send ISO-8601 (2024-03-05T08:30:00+07:00), yyyyMMddHHmmss or dd/MM/yyyy");
        }
        checkRange(field, text, instant);
        return instant;
    }

    /** A calendar date in the source's zone (for date-only fields such as ngayCap). */
    public LocalDate date(String field, String text) {
        return instant(field, text).atZone(sourceZone).toLocalDate();
    }

    /** Like {@link #date} without the range check: validity end dates may lie far in the future. */
    public LocalDate futureDate(String field, String text) {
        try {
            return new SourceTimestamps(sourceZone, Instant.MAX.minusSeconds(48 * 3600)).date(field, text);
        } catch (ArithmeticException e) {
            throw new RecordRejectedException(RejectionReason.UNPARSEABLE, field + " '" + text + "' is not a date");
        }
    }

    private void checkRange(String field, String text, Instant instant) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(latestAllowed)) {
            throw new RecordRejectedException(RejectionReason.DATE_OUT_OF_RANGE, field + " '" + text
                    + "' is " + (instant.isBefore(EARLIEST) ? "before 2000" : "in the future")
                    + "; the source must send the real date");
        }
    }

    /**
     * The form nearly every record uses, {@code 2024-03-05T08:30:00+07:00} or {@code 2024-03-05T01:30:00Z}, read
     * without regular expressions or formatters (the ingestion reads several per record); null for any other form,
     * which the general path then reads or rejects.
     */
    private static Instant isoSecondsWithOffset(String text) {
        int length = text.length();
        if ((length != 25 && length != 20) || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int offsetSeconds;
        if (length == 20) {
            if (text.charAt(19) != 'Z') {
                return null;
            }
            offsetSeconds = 0;
        } else {
            char sign = text.charAt(19);
            int offsetHours = digits(text, 20, 22);
            int offsetMinutes = digits(text, 23, 25);
            if ((sign != '+' && sign != '-') || text.charAt(22) != ':' || offsetHours < 0 || offsetHours > 18
                    || offsetMinutes < 0 || offsetMinutes > 59) {
                return null;
            }
            offsetSeconds = (sign == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds);
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2) {
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /**
     * {@code LocalDate.of(year, month, day).toEpochDay()} for a valid date of year 0 or later, by arithmetic: days of
     * the whole 400-year eras and years since 0000-03-01 (March first, so the leap day ends a year) minus 1970-01-01.
     */
    private static long epochDay(int year, int month, int day) {
        int marchYear = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(marchYear, 400);
        int yearOfEra = marchYear - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    /** The number written in {@code text[from, to)}, or -1 when a character there is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int index = from; index < to; index++) {
            char digit = text.charAt(index);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            value = value * 10 + (digit - '0');
        }
        return value;
    }

    private static boolean hasOffset(String value) {
        int timeStart = value.indexOf('T');
        if (timeStart < 0) {
            timeStart = value.indexOf(' ');
        }
        String time = timeStart < 0 ? "" : value.substring(timeStart);
        return time.endsWith("Z") || time.contains("+") || time.lastIndexOf('-') > 0;
    }
}

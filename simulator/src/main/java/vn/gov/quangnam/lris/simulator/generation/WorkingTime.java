package vn.gov.quangnam.lris.simulator.generation;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Office hours and working days of Vietnamese public offices (07:30-11:30 and 13:30-17:00, Monday to Friday). */
public final class WorkingTime {
    private static final int MORNING_START = 7 * 3600 + 30 * 60;
    private static final int MORNING_SECONDS = 4 * 3600;
    private static final int AFTERNOON_START = 13 * 3600 + 30 * 60;
    private static final int AFTERNOON_SECONDS = 3 * 3600 + 30 * 60;

    private WorkingTime() {
    }

    /** A random instant within office hours of {@code day}. */
    public static long officeTime(LocalDate day, RandomStream random) {
        int offset = random.nextInt(MORNING_SECONDS + AFTERNOON_SECONDS);
        int secondOfDay = offset < MORNING_SECONDS ? MORNING_START + offset
                : AFTERNOON_START + offset - MORNING_SECONDS;
        return SimulatorTime.startOfDay(day) + secondOfDay;
    }

    /** A random instant of {@code day}, mostly in daytime (online submissions). */
    public static long anyTime(LocalDate day, RandomStream random) {
        int secondOfDay = random.chance(0.85) ? 6 * 3600 + random.nextInt(16 * 3600) : random.nextInt(86_400);
        return SimulatorTime.startOfDay(day) + secondOfDay;
    }

    /** 17:00 local on {@code day}: the time a promised return date falls due. */
    public static long closingTime(LocalDate day) {
        return SimulatorTime.startOfDay(day) + 17 * 3600;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day;
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The working day {@code days} working days after {@code day} (0: the next working day on or after it). */
    public static LocalDate addWorkingDays(LocalDate day, int days) {
        LocalDate result = nextWorkingDay(day);
        for (int i = 0; i < days; i++) {
            result = nextWorkingDay(result.plusDays(1));
        }
        return result;
    }
}

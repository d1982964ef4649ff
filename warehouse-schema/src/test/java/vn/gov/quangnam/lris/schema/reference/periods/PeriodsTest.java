package vn.gov.quangnam.lris.schema.reference.periods;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodsTest {
    private static final Map<String, Period> BY_ID = Periods.all().stream().collect(Collectors.toMap(Period::id, period -> period));

    @ParameterizedTest
    @CsvSource({
            "R2024-03, 2024-02-15, 2024-03-14",
            "R2024-01, 2023-12-15, 2024-01-14",
            "R2024-Q1, 2023-12-15, 2024-03-14",
            "R2024-Q2, 2024-03-15, 2024-06-14",
            "R2024-H1, 2023-12-15, 2024-06-14",
            "R2024-H2, 2024-06-15, 2024-12-14",
            "R2024,    2023-12-15, 2024-12-14",
            "2024-02,  2024-02-01, 2024-02-29",
            "2024-Q1,  2024-01-01, 2024-03-31",
            "2024-H2,  2024-07-01, 2024-12-31",
            "2024,     2024-01-01, 2024-12-31"})
    void periodBoundariesFollowTheCalendarAndDecree09(String id, LocalDate start, LocalDate end) {
        assertThat(BY_ID.get(id)).satisfies(period -> {
            assertThat(period.startDate()).isEqualTo(start);
            assertThat(period.endDate()).isEqualTo(end);
        });
    }

    @ParameterizedTest
    @CsvSource({
            "2024-12-20, YEAR, DECREE09, R2025",
            "2024-12-14, YEAR, DECREE09, R2024",
            "2024-12-15, MONTH, DECREE09, R2025-01",
            "2024-03-14, QUARTER, DECREE09, R2024-Q1",
            "2024-03-15, QUARTER, DECREE09, R2024-Q2",
            "2024-12-20, YEAR, CALENDAR, 2024",
            "2024-06-30, HALF_YEAR, CALENDAR, 2024-H1"})
    void aDateFallsInTheRightPeriod(LocalDate date, PeriodType type, PeriodCalendar calendar, String expectedId) {
        assertThat(Periods.containing(date, type, calendar).id()).isEqualTo(expectedId);
    }

    @Test
    void thePeriodsOfEachTypeTileTheYearsWithoutGapOrOverlap() {
        for (PeriodCalendar calendar : PeriodCalendar.values()) {
            for (PeriodType type : PeriodType.values()) {
                List<Period> periods = Periods.all().stream()
                        .filter(period -> period.calendar() == calendar && period.type() == type)
                        .sorted(Comparator.comparing(Period::startDate)).toList();
                assertThat(periods).hasSize(type.perYear() * (Periods.LAST_YEAR - Periods.FIRST_YEAR + 1));
                for (int i = 1; i < periods.size(); i++) {
                    assertThat(periods.get(i).startDate()).as("%s after %s", periods.get(i).id(), periods.get(i - 1).id())
                            .isEqualTo(periods.get(i - 1).endDate().plusDays(1));
                }
            }
        }
    }

    @Test
    void periodsCover2020To2030InBothCalendarsWithLabels() {
        assertThat(BY_ID).containsKeys("2020-01", "2030-12", "R2020-01", "R2030");
        assertThat(BY_ID).hasSize(2 * 11 * (12 + 4 + 2 + 1));
        assertThat(BY_ID.get("2024-Q1").labelVi()).isEqualTo("Quý I/2024");
        assertThat(BY_ID.get("R2024-03").labelVi()).isEqualTo("Kỳ báo cáo tháng 3/2024");
        assertThat(BY_ID.get("2024-03").labelEn()).isEqualTo("March 2024");
    }
}

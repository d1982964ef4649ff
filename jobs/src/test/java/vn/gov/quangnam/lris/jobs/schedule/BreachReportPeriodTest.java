package vn.gov.quangnam.lris.jobs.schedule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class BreachReportPeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2026-11-16, false, R2026-11",
            "2026-11-14, false, R2026-10",
            "2026-01-05, false, R2025-12",
            "2026-11-23, true, R2026",
            "2026-12-20, true, R2027"})
    void theReportedPeriodFollowsTheDecree09CutOff(LocalDate today, boolean yearToDate, String expected) {
        assertThat(BreachReportQuartzJob.period(today, yearToDate)).isEqualTo(expected);
    }
}

package vn.gov.quangnam.lris.dashboards.queries;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class LevelFiguresTest {
    private static final Indicator E_PROCESSING = new Indicator("e_processing", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường điện tử", "at_least");
    private static final Indicator LATE_DOSSIERS = new Indicator("late_dossiers", "Tỷ lệ hồ sơ TTHC trễ hẹn", "at_most");

    @Test
    void severalUnitsTogetherAreTheirSumOfNumeratorsOverTheirSumOfDenominators() {
        // 18 districts: 1,530 of 2,000 records processed electronically; the district target is 80 %
        LevelFigures districts = LevelFigures.combined(E_PROCESSING, "district", 18, 1530, 2000, new BigDecimal("80.00"), 10, 0, 8);

        assertThat(districts.valuePct()).isEqualByComparingTo("76.5");
        assertThat(districts.gapPct()).isEqualByComparingTo("-3.5");
        assertThat(districts.status()).as("short of the target in an ended period").isEqualTo("breached");
    }

    @Test
    void shortOfTheTargetWhileThePeriodRunsIsAtRiskAndOnTargetIsMet() {
        assertThat(LevelFigures.combined(E_PROCESSING, "commune", 241, 700, 1000, new BigDecimal("70.00"), 100, 141, 0).status()).isEqualTo("met");
        assertThat(LevelFigures.combined(E_PROCESSING, "commune", 241, 699, 1000, new BigDecimal("70.00"), 100, 141, 0).status()).isEqualTo("at_risk");
    }

    @Test
    void aCeilingTargetCountsTheGapTheOtherWay() {
        LevelFigures late = LevelFigures.combined(LATE_DOSSIERS, "district", 18, 30, 1000, new BigDecimal("2.00"), 5, 0, 13);

        assertThat(late.valuePct()).isEqualByComparingTo("3");
        assertThat(late.gapPct()).isEqualByComparingTo("-1");
        assertThat(late.status()).isEqualTo("breached");
    }

    @Test
    void noDenominatorIsNoDataAndNoTargetIsNoTarget() {
        assertThat(LevelFigures.combined(E_PROCESSING, "district", 18, 0, 0, new BigDecimal("80.00"), 0, 0, 0).status()).isEqualTo("no_data");
        assertThat(LevelFigures.combined(E_PROCESSING, "district", 18, 5, 10, null, 0, 0, 0).status()).isEqualTo("no_target");
    }
}

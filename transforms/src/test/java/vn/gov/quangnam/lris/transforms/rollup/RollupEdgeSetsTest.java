package vn.gov.quangnam.lris.transforms.rollup;

import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;
import vn.gov.quangnam.lris.schema.reference.periods.Period;
import vn.gov.quangnam.lris.schema.reference.periods.PeriodCalendar;
import vn.gov.quangnam.lris.schema.reference.periods.PeriodType;
import vn.gov.quangnam.lris.schema.reference.periods.Periods;
import vn.gov.quangnam.lris.schema.reference.units.UnitCatalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RollupEdgeSetsTest {
    private static final UnitCatalogue UNITS = UnitCatalogue.load(ReferenceFiles.bundled().unitFiles());

    @Test
    void theMonthsOfThreeYearsAcrossTheReorganisationNeedAFewSetsAndExpandToTheSameEdges() {
        List<Period> months = new ArrayList<>();
        for (int year = 2023; year <= 2025; year++) {
            for (int month = 1; month <= 12; month++) {
                months.add(Periods.of(PeriodCalendar.CALENDAR, PeriodType.MONTH, year, month));
                months.add(Periods.of(PeriodCalendar.DECREE09, PeriodType.MONTH, year, month));
            }
        }
        List<RollupEdge> edges = new RollupMap(UNITS, LocalDate.of(2026, 11, 23)).edges(months);

        RollupEdgeSets sets = RollupEdgeSets.of(edges);

        assertThat(sets.expand()).containsExactlyInAnyOrderElementsOf(edges);
        assertThat(sets.assignments()).hasSize(2 * months.size());
        // as reported: before and after 2025-01-01, and R2025-01 (Sơn Viên's last days); restated: one tree
        assertThat(sets.sets()).hasSizeLessThanOrEqualTo(6);
        int members = sets.sets().stream().mapToInt(List::size).sum();
        assertThat(members).as("rows shipped instead of %d", edges.size()).isLessThan(edges.size() / 10);
    }
}

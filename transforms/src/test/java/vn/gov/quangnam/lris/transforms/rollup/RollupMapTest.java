package vn.gov.quangnam.lris.transforms.rollup;

import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;
import vn.gov.quangnam.lris.schema.reference.periods.PeriodCalendar;
import vn.gov.quangnam.lris.schema.reference.periods.PeriodType;
import vn.gov.quangnam.lris.schema.reference.periods.Periods;
import vn.gov.quangnam.lris.schema.reference.units.UnitCatalogue;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RollupMapTest {
    private static final UnitCatalogue UNITS = UnitCatalogue.load(ReferenceFiles.bundled().unitFiles());
    private static final RollupMap MAP = new RollupMap(UNITS, LocalDate.of(2026, 11, 23));
    private static final List<RollupEdge> YEAR_2024 = MAP.edges(List.of(Periods.of(PeriodCalendar.CALENDAR, PeriodType.YEAR, 2024, 1)));

    @Test
    void a2024FigureOfTrungPhuocRollsUpToNongSonAsReportedAndToQueSonRestated() {
        assertThat(ancestors("as_reported", "20656", "commune_of_district")).containsExactly("519");
        assertThat(ancestors("current", "20656", "commune_of_district")).containsExactly("509");
        assertThat(ancestors("current", "20656", "self")).containsExactly("20656");
    }

    @Test
    void nongSonsOwnOfficeIsRestatedAsQueSonAndACommuneThatEndedWithoutSuccessorHasNoRowOfItsOwn() {
        assertThat(ancestors("as_reported", "519", "self")).containsExactly("519");
        assertThat(ancestors("current", "519", "self")).containsExactly("509");
        assertThat(ancestors("current", "20672", "self")).as("Sơn Viên no longer exists").isEmpty();
        assertThat(ancestors("current", "20672", "commune_of_district")).containsExactly("509");
        assertThat(ancestors("current", "20672", "commune_of_province")).containsExactly("49");
    }

    @Test
    void departmentsAndDistrictsCountTowardsTheProvince() {
        assertThat(ancestors("as_reported", "49-SNV", "department_of_province")).containsExactly("49");
        assertThat(ancestors("as_reported", "502", "district_of_province")).containsExactly("49");
        assertThat(ancestors("as_reported", "20335", "commune_of_province")).containsExactly("49");
    }

    @Test
    void aReportingYearThatSpansTheReorganisationUsesEachUnitsLastDayInIt() {
        List<RollupEdge> r2025 = MAP.edges(List.of(Periods.of(PeriodCalendar.DECREE09, PeriodType.YEAR, 2025, 1)));
        assertThat(r2025).filteredOn(edge -> edge.hierarchy().equals("as_reported") && edge.childUnitCode().equals("20672")
                        && edge.relation().equals("commune_of_district")).extracting(RollupEdge::ancestorUnitCode)
                .as("Sơn Viên existed from 2024-12-15 to 2024-12-31 of R2025, under Nông Sơn").containsExactly("519");
        assertThat(r2025).filteredOn(edge -> edge.hierarchy().equals("as_reported") && edge.childUnitCode().equals("20656")
                        && edge.relation().equals("commune_of_district")).extracting(RollupEdge::ancestorUnitCode)
                .containsExactly("509");
    }

    private static List<String> ancestors(String hierarchy, String child, String relation) {
        return YEAR_2024.stream().filter(edge -> edge.hierarchy().equals(hierarchy) && edge.childUnitCode().equals(child)
                && edge.relation().equals(relation)).map(RollupEdge::ancestorUnitCode).toList();
    }
}

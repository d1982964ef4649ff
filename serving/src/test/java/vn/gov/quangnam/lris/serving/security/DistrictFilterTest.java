package vn.gov.quangnam.lris.serving.security;

import org.apache.iceberg.Schema;
import org.apache.iceberg.types.Types;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.schema.tables.DimPeriodsTable;
import vn.gov.quangnam.lris.schema.tables.DimUnitsTable;
import vn.gov.quangnam.lris.schema.tables.FctIndicatorValuesTable;

import static org.apache.iceberg.types.Types.NestedField.required;
import static org.assertj.core.api.Assertions.assertThat;

class DistrictFilterTest {
    @Test
    void factsAreFilteredByTheirColumnAndTheUnitsByTheSubquery() {
        assertThat(DistrictFilter.of(FctIndicatorValuesTable.SCHEMA)).isEqualTo(DistrictFilter.READABLE_BY_DISTRICTS);
        assertThat(DistrictFilter.of(DimUnitsTable.SCHEMA)).isEqualTo(DistrictFilter.UNITS_OF_DIM_UNITS);
        assertThat(DistrictFilter.of(DimPeriodsTable.SCHEMA)).isEqualTo(DistrictFilter.NONE);
    }

    @Test
    void theViewsWithUnitsCarryTheColumnAndTheTargetsAreReadWhole() {
        PublishedRelations relations = PublishedRelations.fromDefinitionsOnly();

        assertThat(relations.reportingViews(DistrictFilter.READABLE_BY_DISTRICTS))
                .containsExactly("breaches", "indicator_values", "latest_indicator_values");
        assertThat(relations.reportingViews(DistrictFilter.NONE)).containsExactly("targets");
        assertThat(relations.reportingViews(DistrictFilter.UNITS_OF_DIM_UNITS)).isEmpty();
    }

    @Test
    void aFactWrittenBeforeTheColumnExistedKeepsTheSubquery() {
        Schema older = new Schema(required(1, "unit_code", Types.StringType.get()), required(2, "numerator", Types.LongType.get()));

        assertThat(DistrictFilter.of(older)).isEqualTo(DistrictFilter.UNITS_OF_DIM_UNITS);
    }

    @Test
    void theColumnFilterMatchesWholeCodesOnly() {
        assertThat(DistrictFilter.READABLE_BY_DISTRICTS.expression("lris", "mart", "50")).isEqualTo("readable_by_districts LIKE '%,50,%'");
        assertThat(DistrictFilter.NONE.expression("lris", "mart", "502")).isNull();
    }
}

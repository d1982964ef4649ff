package vn.gov.quangnam.lris.schema.reference.indicators;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.quangnam.lris.schema.reference.ReferenceFile;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.quangnam.lris.schema.reference.ReferenceFileFixtures.write;

class IndicatorCatalogueTest {
    private static final String ENTRY = """
              - code: %s
                name_vi: Tên
                name_en: Name
                numerator: n
                denominator: d
                direction: %s
                source_system: onestop
                province_rollup: departments
                district_rollup: own_office
                period_aggregation: flow
                seeds: test
            """;

    @TempDir
    Path directory;

    @Test
    void theCatalogueCoversEveryIndicatorOfTheContract() {
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(ReferenceFiles.bundled().indicatorsFile());
        assertThat(catalogue.indicators()).extracting(Indicator::code).contains("e_processing", "digitization",
                "e_documents", "online_dossiers", "online_payment", "online_payment_coverage", "on_time",
                "apology_letters", "e_authentication", "satisfaction", "full_online_coverage", "e_internal_transfer",
                "data_reuse", "par_inspections", "digitized_dossiers", "late_dossiers");
        assertThat(catalogue.find("late_dossiers").orElseThrow().direction()).isEqualTo(Direction.AT_MOST);
        assertThat(catalogue.find("e_processing").orElseThrow().districtRollup()).isEqualTo("own_office");
        assertThat(catalogue.indicators()).allSatisfy(indicator -> {
            assertThat(indicator.nameVi()).isNotBlank();
            assertThat(indicator.numeratorDefinition()).isNotBlank();
            assertThat(indicator.denominatorDefinition()).isNotBlank();
        });
    }

    @Test
    void aDuplicateCodeAndABadDirectionAreRejectedWithTheirLines() {
        ReferenceFile file = write(directory, "indicators.yaml", "indicators:\n"
                + ENTRY.formatted("a", "at_least") + ENTRY.formatted("a", "at_least") + ENTRY.formatted("b", "more"));
        assertThatThrownBy(() -> IndicatorCatalogue.load(file))
                .hasMessageContaining(file.name() + " line 13: duplicate indicator code a (first defined at line 2)")
                .hasMessageContaining(file.name() + " line 29: direction 'more' of b must be at_least or at_most");
    }

    @Test
    void invalidYamlIsRejectedWithItsLine() {
        ReferenceFile file = write(directory, "indicators.yaml", "indicators:\n  - code: a\n   name_vi: [unclosed\n");
        assertThatThrownBy(() -> IndicatorCatalogue.load(file)).hasMessageContaining(file.name() + " line 3: not valid YAML");
    }
}

package vn.gov.quangnam.lris.simulator;

import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.schema.reference.units.UnitLevel;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointLayoutTest {
    private static final ResultsDatabase DATABASE = new ResultsDatabase("jdbc:postgresql://127.0.0.1:5432/sim", "u", "p");
    private final EndpointLayout layout = EndpointLayout.standard(DATABASE, Path.of("inbox"));

    @Test
    void citiesWithTheirOwnSystemsAreServedByTheirEndpointAndTheRestByTheProvince() {
        assertThat(name(Source.DOSSIERS, UnitLevel.COMMUNE, "502")).isEqualTo("tamky");
        assertThat(name(Source.DOCUMENTS, UnitLevel.DISTRICT, "503")).isEqualTo("hoian");
        assertThat(name(Source.RESULTS, UnitLevel.COMMUNE, "502")).as("Tam Kỳ's results register").isEqualTo("province");
        assertThat(name(Source.DOSSIERS, UnitLevel.DEPARTMENT, null)).isEqualTo("province");
        assertThat(name(Source.DOSSIERS, UnitLevel.COMMUNE, "509")).isEqualTo("province");
    }

    @Test
    void dienBanResultsAreInTheDatabaseAndItsDossiersOnTheProvince() {
        assertThat(name(Source.RESULTS, UnitLevel.COMMUNE, "507")).isEqualTo("dienban-results");
        assertThat(name(Source.DOSSIERS, UnitLevel.COMMUNE, "507")).isEqualTo("province");
        assertThat(EndpointLayout.restOnly().endpointFor(Source.RESULTS, UnitLevel.DISTRICT, "507").orElseThrow().name())
                .as("without a database the province serves them").isEqualTo("province");
    }

    @Test
    void communesOfTayGiangAndNamTraMyHaveNoSystemButTheirDistrictOfficesDo() {
        assertThat(layout.endpointFor(Source.DOSSIERS, UnitLevel.COMMUNE, "504")).isEmpty();
        assertThat(layout.endpointFor(Source.WORK_RECORDS, UnitLevel.COMMUNE, "516")).isEmpty();
        assertThat(name(Source.DOSSIERS, UnitLevel.DISTRICT, "504")).isEqualTo("province");
    }

    @Test
    void twoEndpointsCannotClaimTheSameDistrictForTheSameSource() {
        EndpointDefinition second = EndpointDefinition.rest("tamky-2", Set.of(Source.DOSSIERS), UnitScope.districts("502"),
                "H49.T2", new Credentials("a", "b"));
        List<EndpointDefinition> endpoints = new java.util.ArrayList<>(layout.endpoints());
        endpoints.add(second);
        assertThatThrownBy(() -> new EndpointLayout(endpoints, Set.of(), Set.of(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("district 502 is named by two endpoints for hoso; each district's hoso has one system");
    }

    @Test
    void withoutRemovesAnEndpointOrSaysWhichExist() {
        assertThat(layout.without("hoian").endpoint("hoian")).isEmpty();
        assertThatThrownBy(() -> layout.without("danang"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no endpoint named danang; the layout has [province, tamky, hoian");
    }

    @Test
    void endpointNamesMustBeUrlSegments() {
        assertThatThrownBy(() -> EndpointDefinition.rest("Tam Ky", Set.of(Source.DOSSIERS), UnitScope.districts("502"),
                "TK", new Credentials("a", "b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpoint name 'Tam Ky' must be lower case letters, digits and '-'");
    }

    private String name(Source source, UnitLevel level, String district) {
        return layout.endpointFor(source, level, district).orElseThrow().name();
    }
}

package vn.gov.quangnam.lris.serving;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.quangnam.lris.serving.reporting.ReportingView;
import vn.gov.quangnam.lris.serving.security.PublishedRelations;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.quangnam.lris.serving.TestServing.HOI_AN;
import static vn.gov.quangnam.lris.serving.TestServing.PROVINCE;
import static vn.gov.quangnam.lris.serving.TestServing.QUE_SON;
import static vn.gov.quangnam.lris.serving.TestServing.SERVICE;
import static vn.gov.quangnam.lris.serving.TestServing.TAM_KY;

/**
 * District accounts see only their district and its communes in every mart table and reporting view with a
 * {@code unit_code}, and every row of those without; the filter follows {@code mart.dim_units}.
 */
class RowFilterIT {
    private static final Map<String, String> DISTRICTS = Map.of(TAM_KY, "502", HOI_AN, "503", QUE_SON, "509");
    /** District code to the units that ever belonged to it, read once as the service account. */
    private static final Map<String, Set<String>> UNITS_OF_DISTRICT = new HashMap<>();

    @BeforeAll
    static void readUnitsOfDistricts() {
        for (List<Object> row : Sql.rows(SERVICE, "SELECT district_code, unit_code FROM lris.mart.dim_units WHERE district_code IS NOT NULL")) {
            UNITS_OF_DISTRICT.computeIfAbsent((String) row.get(0), district -> new HashSet<>()).add((String) row.get(1));
        }
    }

    static List<String> relationsWithUnits() {
        return relations(true);
    }

    static List<String> relationsWithoutUnits() {
        return relations(false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("relationsWithUnits")
    void everyDistrictAccountSeesExactlyTheRowsOfItsOwnUnits(String relation) {
        List<List<Object>> all = Sql.rows(SERVICE, "SELECT unit_code, * FROM " + relation);
        for (Map.Entry<String, String> account : DISTRICTS.entrySet()) {
            Set<String> ownUnits = UNITS_OF_DISTRICT.get(account.getValue());
            List<List<Object>> expected = all.stream().filter(row -> ownUnits.contains((String) row.get(0))).toList();
            List<List<Object>> seen = Sql.rows(account.getKey(), "SELECT unit_code, * FROM " + relation);

            assertThat(expected).as("the fixture has rows of district %s in %s", account.getValue(), relation).isNotEmpty();
            assertThat(seen).as("%s reads %s", account.getKey(), relation).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("relationsWithoutUnits")
    void relationsWithoutUnitsAreReadableWhole(String relation) {
        Object all = Sql.single(SERVICE, "SELECT count(*) FROM " + relation);
        assertThat((Long) all).isPositive();
        assertThat(Sql.single(TAM_KY, "SELECT count(*) FROM " + relation)).isEqualTo(all);
    }

    @Test
    void theProvinceAccountSeesEveryUnit() {
        assertThat(Sql.strings(PROVINCE, "SELECT DISTINCT unit_code FROM lris.reporting.indicator_values"))
                .containsExactlyInAnyOrderElementsOf(TestServing.SEEDED_UNITS.keySet());
    }

    @Test
    void tamKySeesItselfAndItsCommuneButNotHoiAn() {
        assertThat(Sql.strings(TAM_KY, "SELECT DISTINCT unit_code FROM lris.mart.fct_indicator_values"))
                .containsExactlyInAnyOrder("502", "20335");
        assertThat(Sql.strings(HOI_AN, "SELECT DISTINCT unit_code FROM lris.reporting.indicator_values"))
                .containsExactlyInAnyOrder("503", "20401");
    }

    @Test
    void aCommuneThatMovedIsSeenByItsNewDistrictWithItsHistory() {
        // Trung Phước (20656) belonged to Nông Sơn (519) until 2024-12-31, then to Quế Sơn (509)
        assertThat(Sql.rows(QUE_SON, "SELECT period_id, district_code FROM lris.reporting.indicator_values "
                + "WHERE unit_code = '20656' AND indicator_code = 'e_processing' ORDER BY period_id"))
                .containsExactly(List.of("2024-02", "519"), List.of("2024-03", "519"), List.of("2025-01", "509"));
    }

    @Test
    void aMartTableNoRuleNamesIsHiddenFromDistrictsButNotFromTheProvince() throws SQLException {
        Sql.execute(SERVICE, "CREATE TABLE lris.mart.serving_unlisted_probe AS SELECT '502' AS unit_code, 1 AS n");
        try {
            assertThatThrownBy(() -> Sql.execute(TAM_KY, "SELECT * FROM lris.mart.serving_unlisted_probe"))
                    .hasMessageContaining("Access Denied: Cannot select from table lris.mart.serving_unlisted_probe");
            assertThat(Sql.single(PROVINCE, "SELECT count(*) FROM lris.mart.serving_unlisted_probe")).isEqualTo(1L);
        } finally {
            Sql.execute(SERVICE, "DROP TABLE lris.mart.serving_unlisted_probe");
        }
    }

    private static List<String> relations(boolean withUnits) {
        PublishedRelations relations = PublishedRelations.fromDefinitionsOnly();
        List<String> qualified = new ArrayList<>();
        relations.martTables(withUnits).forEach(table -> qualified.add("lris.mart." + table));
        relations.reportingViews(withUnits).forEach(view -> qualified.add("lris." + ReportingView.SCHEMA + "." + view));
        return qualified;
    }
}

package vn.gov.quangnam.lris.serving.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules' shape; what Trino makes of them is tested against the real server in RowFilterIT and ServingSecurityIT. */
class AccessControlRulesTest {
    private static final ServingAccounts ACCOUNTS = new ServingAccounts(List.of(
            new ServingAccount("lris_service", AccessScope.SERVICE, "x"),
            new ServingAccount("province", AccessScope.PROVINCE, "x"),
            new ServingAccount("district_502", AccessScope.district("502"), "x"),
            new ServingAccount("tamky_deputy", AccessScope.district("502"), "x")));

    @Test
    void everyRelationWithUnitsGetsTheDistrictFilterEvaluatedAsTheServiceAccount() throws Exception {
        JsonNode rules = render(PublishedRelations.fromDefinitionsOnly());
        List<JsonNode> filtered = new ArrayList<>();
        rules.get("tables").forEach(rule -> {
            if (rule.has("filter")) {
                filtered.add(rule);
            }
        });

        assertThat(filtered).hasSize(3);
        assertThat(filtered).allSatisfy(rule -> {
            assertThat(rule.get("user").asText()).isEqualTo("district_502|tamky_deputy");
            assertThat(rule.get("filter_environment").get("user").asText()).isEqualTo("lris_service");
        });
        assertThat(filtered.get(0).get("table").asText()).isEqualTo("fct_breaches|fct_indicator_values|fct_latest_indicator_values");
        assertThat(filtered.get(0).get("filter").asText()).isEqualTo("readable_by_districts LIKE '%,502,%'");
        assertThat(filtered.get(1).get("table").asText()).isEqualTo("breaches|indicator_values|latest_indicator_values");
        assertThat(filtered.get(1).get("filter").asText()).isEqualTo("readable_by_districts LIKE '%,502,%'");
        assertThat(filtered.get(2).get("table").asText()).isEqualTo("dim_units");
        assertThat(filtered.get(2).get("filter").asText())
                .isEqualTo("unit_code IN (SELECT unit_code FROM lris.mart.dim_units WHERE district_code = '502')");
    }

    @Test
    void aNewMartTableWithUnitsIsFilteredWithoutAnyRuleChange() throws Exception {
        PublishedRelations relations = new PublishedRelations(
                Map.of("fct_indicator_values", DistrictFilter.READABLE_BY_DISTRICTS, "fct_dossier_counts", DistrictFilter.UNITS_OF_DIM_UNITS,
                        "fct_visits", DistrictFilter.UNITS_OF_DIM_UNITS, "dim_periods", DistrictFilter.NONE), Map.of());
        JsonNode rules = render(relations);

        assertThat(rules.get("tables").toString())
                .contains("\"table\":\"fct_indicator_values\"", "\"table\":\"fct_dossier_counts|fct_visits\"")
                .contains("\"table\":\"dim_periods\"");
    }

    @Test
    void onlyTheServiceAccountOwnsAndWritesAndSeesOthersQueries() throws Exception {
        JsonNode rules = render(PublishedRelations.fromDefinitionsOnly());

        assertThat(rules.get("schemas").toString()).isEqualTo("[{\"user\":\"lris_service\",\"owner\":true}]");
        rules.get("tables").forEach(rule -> {
            if (!rule.path("user").asText().equals("lris_service")) {
                assertThat(rule.get("privileges").toString()).as(rule.toString()).isEqualTo("[\"SELECT\"]");
            }
        });
        assertThat(rules.get("catalogs").get(1).toString())
                .isEqualTo("{\"user\":\"province|district_502|tamky_deputy\",\"catalog\":\"lris|system\",\"allow\":\"read-only\"}");
        assertThat(rules.get("queries").get(1).toString()).isEqualTo("{\"allow\":[\"execute\"]}");
    }

    private static JsonNode render(PublishedRelations relations) throws Exception {
        return new ObjectMapper().readTree(new AccessControlRules("lris", relations).render(ACCOUNTS));
    }
}

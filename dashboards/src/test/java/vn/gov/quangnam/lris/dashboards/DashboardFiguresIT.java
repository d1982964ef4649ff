package vn.gov.quangnam.lris.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.quangnam.lris.dashboards.ExpectedFigures.combinedRate;
import static vn.gov.quangnam.lris.dashboards.ExpectedFigures.gap;
import static vn.gov.quangnam.lris.dashboards.ExpectedFigures.percent;

/**
 * The numbers on the wall are the mart's, read through Trino with the viewer's own rights: the province account sees
 * every level, the Tam Kỳ account (district_502) only Tam Kỳ and its communes.
 */
class DashboardFiguresIT {
    private static final String YEAR = "R2025";

    @Test
    void everyTileOfTheProvinceShowsTheMartsValueTargetAndGapAtEveryLevel() {
        List<List<String>> indicators = TestDashboards.rows(TestDashboards.PROVINCE,
                "SELECT indicator_code, direction FROM lris.mart.dim_indicators ORDER BY indicator_code");
        try (WallBrowser browser = WallBrowser.open(TestDashboards.shared().url(), 1920, 1080)) {
            browser.loginAndShow(TestDashboards.PROVINCE, TestDashboards.PROVINCE_PASSWORD, "overview");
            assertThat(browser.text("#period-label")).startsWith("Kỳ báo cáo năm 2025");
            assertThat(browser.elements(".tile")).hasSize(indicators.size());
            Map<String, Map<String, String>> cells = cellTexts(browser);
            int cellsChecked = 0;
            for (List<String> indicator : indicators) {
                String code = indicator.get(0);
                List<String> province = TestDashboards.rows(TestDashboards.PROVINCE, "SELECT value_pct, target_pct, gap_pct FROM "
                        + "lris.mart.fct_indicator_values WHERE unit_code = '49' AND period_id = '" + YEAR + "' AND hierarchy = 'as_reported' "
                        + "AND indicator_code = '" + code + "'").get(0);
                assertCell(cells, code, "province", percent(province.get(0)), percent(province.get(1)), gap(new BigDecimal(province.get(2))));
                for (String level : List.of("district", "commune")) {
                    List<List<String>> units = TestDashboards.rows(TestDashboards.PROVINCE, "SELECT numerator, denominator, target_pct, status "
                            + "FROM lris.mart.fct_indicator_values WHERE level = '" + level + "' AND period_id = '" + YEAR + "' "
                            + "AND hierarchy = 'as_reported' AND indicator_code = '" + code + "'");
                    BigDecimal rate = combinedRate(units);
                    BigDecimal target = new BigDecimal(units.get(0).get(2));
                    long notMet = units.stream().filter(row -> !row.get(3).equals("met")).count();
                    Map<String, String> cell = assertCell(cells, code, level, percent(rate), percent(target), gap(gap(rate, target, indicator.get(1))));
                    assertThat(cell.get("units")).as("%s %s units short of the target", code, level).isEqualTo(notMet + "/" + units.size());
                }
                cellsChecked += 3;
            }
            assertThat(cellsChecked).isEqualTo(3 * indicators.size());
        }
    }

    @Test
    void theTamKyAccountSeesOnlyTamKyAndItsCommunes() {
        Set<String> tamKyUnits = new HashSet<>(TestDashboards.rows(TestDashboards.SERVICE,
                "SELECT unit_code FROM lris.mart.dim_units WHERE district_code = '502'").stream().map(row -> row.get(0)).toList());
        DashboardHttp http = new DashboardHttp(TestDashboards.shared().url());
        String cookie = http.login(TestDashboards.TAM_KY, TestDashboards.TAM_KY_PASSWORD);

        JsonNode ranking = http.api("/api/ranking?indicator=e_processing", cookie);
        assertThat(codes(ranking.get("districts"))).containsExactly("502");
        assertThat(codes(ranking.get("communes"))).isNotEmpty().allSatisfy(unit -> assertThat(tamKyUnits).contains(unit));
        String communesSeenByTamKy = TestDashboards.rows(TestDashboards.TAM_KY, "SELECT count(*) FROM lris.mart.fct_indicator_values "
                + "WHERE level = 'commune' AND period_id = '" + YEAR + "' AND indicator_code = 'e_processing'").get(0).get(0);
        assertThat(codes(ranking.get("communes"))).hasSize(Integer.parseInt(communesSeenByTamKy));
        assertThat(codes(http.api("/api/map?indicator=e_processing", cookie).get("districts"))).containsExactly("502");
        JsonNode breaches = http.api("/api/breaches", cookie).get("breaches");
        assertThat(breaches).isNotEmpty().allSatisfy(breach -> assertThat(tamKyUnits).contains(breach.get("unitCode").asText()));
        JsonNode overview = http.api("/api/overview", cookie);
        overview.get("indicators").forEach(indicator -> assertThat(indicator.get("levels")).extracting(level -> level.get("level").asText())
                .containsExactly("district", "commune"));

        try (WallBrowser browser = WallBrowser.open(TestDashboards.shared().url(), 1920, 1080)) {
            browser.loginAndShow(TestDashboards.TAM_KY, TestDashboards.TAM_KY_PASSWORD, "overview");
            assertThat(browser.text(".overview-heading")).doesNotContain("Cấp tỉnh").contains("Cấp huyện", "Cấp xã");
            List<String> tamKy = TestDashboards.rows(TestDashboards.PROVINCE, "SELECT value_pct, target_pct, gap_pct FROM lris.mart.fct_indicator_values "
                    + "WHERE unit_code = '502' AND period_id = '" + YEAR + "' AND hierarchy = 'as_reported' AND indicator_code = 'e_processing'").get(0);
            assertCell(cellTexts(browser), "e_processing", "district", percent(tamKy.get(0)), percent(tamKy.get(1)), gap(new BigDecimal(tamKy.get(2))));
            browser.driver().get(TestDashboards.shared().url().resolve("/?pages=map&indicator=e_processing").toString());
            browser.awaitPage("map");
            assertThat(browser.element("#page").getDomAttribute("data-districts")).isEqualTo("1");
            browser.screenshot("wall-1920x1080-map-district_502");
            browser.driver().get(TestDashboards.shared().url().resolve("/?pages=breaches").toString());
            browser.awaitPage("breaches");
            assertThat(browser.elements(".breach-table tbody tr")).isNotEmpty()
                    .allSatisfy(row -> assertThat(tamKyUnits).contains(row.getDomAttribute("data-unit")));
        }
    }

    private static Map<String, String> assertCell(Map<String, Map<String, String>> cells, String indicator, String level, String value,
                                                  String target, String gap) {
        Map<String, String> cell = cells.get(indicator + "/" + level);
        assertThat(cell).as("the tile of %s has a cell for %s", indicator, level).isNotNull();
        assertThat(cell.get("value")).as("%s %s value", indicator, level).isEqualTo(value);
        assertThat(cell.get("target")).as("%s %s target", indicator, level).isEqualTo("MT " + target);
        assertThat(cell.get("gap")).as("%s %s gap", indicator, level).isEqualTo(gap);
        return cell;
    }

    /** Every tile cell's texts, read in one go (the wall redraws itself when new figures arrive): "indicator/level" to texts. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> cellTexts(WallBrowser browser) {
        return (Map<String, Map<String, String>>) browser.script("""
                const cells = {};
                for (const cell of document.querySelectorAll('.tile .level[data-level]')) {
                  const texts = {};
                  for (const part of ['value', 'gap', 'target', 'units']) {
                    texts[part] = cell.querySelector('.' + part).textContent;
                  }
                  cells[cell.closest('.tile').dataset.indicator + '/' + cell.dataset.level] = texts;
                }
                return cells;""");
    }

    private static List<String> codes(JsonNode units) {
        List<String> codes = new ArrayList<>();
        units.forEach(unit -> codes.add(unit.get("code").asText()));
        return codes;
    }
}

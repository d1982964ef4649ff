package vn.gov.quangnam.lris.serving;

import org.apache.iceberg.jdbc.JdbcCatalog;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;
import vn.gov.quangnam.lris.schema.tables.FctIndicatorValuesTable;
import vn.gov.quangnam.lris.serving.bench.MartNames;
import vn.gov.quangnam.lris.serving.bench.MartRecords;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.quangnam.lris.serving.TestServing.PROVINCE;
import static vn.gov.quangnam.lris.serving.TestServing.TAM_KY;

/** The seeded figures, as leaders read them through Trino. */
class MartQueriesIT {

    @Test
    void martFactsReturnTheSeededFigures() {
        List<List<Object>> rows = Sql.rows(PROVINCE, "SELECT unit_code, numerator, denominator, value_pct, status "
                + "FROM lris.mart.fct_indicator_values WHERE indicator_code = 'e_processing' AND period_id = '2024-03'");
        assertThat(rows).hasSize(TestServing.SEEDED_UNITS.size());
        for (List<Object> row : rows) {
            long numerator = TestServing.numerator((String) row.get(0));
            assertThat(row.get(1)).isEqualTo(numerator);
            assertThat(row.get(2)).isEqualTo(1000L);
            assertThat((BigDecimal) row.get(3)).isEqualByComparingTo(BigDecimal.valueOf(numerator).divide(BigDecimal.TEN));
            assertThat(row.get(4)).isEqualTo(numerator >= 900 ? "met" : numerator >= 850 ? "at_risk" : "breached");
        }
    }

    @Test
    void theDistrictRateIsTheSumOfNumeratorsOverTheSumOfDenominators() {
        long expected = TestServing.numerator("502") + TestServing.numerator("20335");
        Object rate = Sql.single(TAM_KY, "SELECT 100.0 * sum(numerator) / sum(denominator) FROM lris.reporting.indicator_values "
                + "WHERE indicator_code = 'e_processing' AND period_id = '2024-03'");
        assertThat(new BigDecimal(rate.toString())).isEqualByComparingTo(BigDecimal.valueOf(expected).divide(BigDecimal.valueOf(20)));
    }

    @Test
    void indicatorValuesCarryTheNamesOfIndicatorUnitAndPeriod() {
        List<Object> row = Sql.rows(PROVINCE, "SELECT indicator_name_vi, indicator_name_en, unit_name, unit_type, "
                + "period_label_vi, period_label_en, period_type, start_date, end_date FROM lris.reporting.indicator_values "
                + "WHERE indicator_code = 'e_processing' AND unit_code = '502' AND period_id = '2024-03'").get(0);
        assertThat(row.get(0)).isEqualTo("Tỷ lệ hồ sơ công việc được xử lý trên môi trường điện tử");
        assertThat(row.get(1)).isEqualTo("Work records processed electronically");
        assertThat(row.get(2)).isEqualTo("Thành phố Tam Kỳ");
        assertThat(row.get(3)).isEqualTo("Thành phố");
        assertThat(row.get(4)).isEqualTo("Tháng 3/2024");
        assertThat(row.get(5)).isEqualTo("March 2024");
        assertThat(row.get(6)).isEqualTo("month");
        assertThat(row.get(7).toString()).isEqualTo("2024-03-01");
        assertThat(row.get(8).toString()).isEqualTo("2024-03-31");
    }

    @Test
    void latestIndicatorValuesHoldTheLatestPeriodOfEachIndicator() {
        assertThat(Sql.strings(PROVINCE, "SELECT DISTINCT period_id FROM lris.reporting.latest_indicator_values "
                + "WHERE indicator_code = 'e_processing' AND period_type = 'month'")).containsExactly("2025-01");
        assertThat(Sql.strings(PROVINCE, "SELECT unit_code FROM lris.reporting.latest_indicator_values "
                + "WHERE indicator_code = 'on_time' AND period_type = 'quarter'"))
                .containsExactlyInAnyOrderElementsOf(TestServing.SEEDED_UNITS.keySet());
    }

    @Test
    void breachesCarryTheTargetsSourceDocumentAndRule() {
        List<Object> row = Sql.rows(TAM_KY, "SELECT unit_name, source_document, source_code, target_rule, severity "
                + "FROM lris.reporting.breaches WHERE unit_code = '20335'").get(0);
        assertThat(row.get(0)).isEqualTo("Phường Tân Thạnh");
        assertThat(row.get(1)).isEqualTo("Kế hoạch 1234/KH-UBND (test)");
        assertThat(row.get(2)).isEqualTo("KH-CCHC-2022");
        assertThat((String) row.get(3)).isNotBlank();
        assertThat(row.get(4)).isEqualTo("major");
    }

    @Test
    void aCommitThroughTheIcebergCatalogIsVisibleToTheNextQuery() {
        String count = "SELECT count(*) FROM lris.mart.fct_indicator_values WHERE indicator_code = 'satisfaction'";
        long before = (Long) Sql.single(PROVINCE, count);
        long tamKyBefore = (Long) Sql.single(TAM_KY, count);
        try (JdbcCatalog catalog = WarehouseCatalogs.open(TestServing.warehouse())) {
            MartRecords.append(catalog.loadTable(FctIndicatorValuesTable.IDENTIFIER), List.of(MartNames.of(catalog).indicatorValue(
                    MartRecords.indicatorValue("satisfaction", "502", "district", "2023-12", "as_reported", 88, 100, new BigDecimal("80")))));
        }
        assertThat(Sql.single(PROVINCE, count)).isEqualTo(before + 1);
        assertThat(Sql.single(TAM_KY, count)).isEqualTo(tamKyBefore + 1);
    }
}

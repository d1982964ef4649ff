package vn.gov.quangnam.lris.serving;

import org.apache.iceberg.data.Record;
import org.apache.iceberg.jdbc.JdbcCatalog;
import vn.gov.quangnam.lris.localstack.trino.LocalTrino;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;
import vn.gov.quangnam.lris.schema.tables.FctBreachesTable;
import vn.gov.quangnam.lris.schema.tables.FctIndicatorValuesTable;
import vn.gov.quangnam.lris.schema.tables.FctLatestIndicatorValuesTable;
import vn.gov.quangnam.lris.serving.bench.MartNames;
import vn.gov.quangnam.lris.serving.bench.MartRecords;
import vn.gov.quangnam.lris.serving.security.AccessScope;
import vn.gov.quangnam.lris.serving.security.AccountSettings;
import vn.gov.quangnam.lris.serving.security.ServingAccount;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The serving integration tests' one warehouse and one Trino: a fresh catalog database on the test PostgreSQL, every
 * table created by 'schema apply' with the bundled reference data, a few mart facts for units of Tam Kỳ (502, its
 * commune 20335), Hội An (503, its commune 20401), the province (49) and the commune 20656 that moved from Nông Sơn (519)
 * to Quế Sơn (509) on 2025-01-01; then the shared test Trino with the serving's catalog and security, and the
 * reporting views.
 */
final class TestServing {
    static final String SERVICE = "lris_service";
    static final String ANALYST = "analyst";
    static final String PROVINCE = "province";
    static final String TAM_KY = "district_502";
    static final String HOI_AN = "district_503";
    static final String QUE_SON = "district_509";

    /** Units with seeded facts: unit code to level. Each has e_processing in 2024-03 with numerator = {@link #numerator}. */
    static final Map<String, String> SEEDED_UNITS = Map.of(
            "49", "province", "502", "district", "20335", "commune", "503", "district", "20401", "commune",
            "509", "district", "20656", "commune");

    private static RunningServing serving;
    private static LocalTrino trino;
    private static WarehouseCatalogSettings warehouse;

    private TestServing() {
    }

    static synchronized RunningServing shared() {
        if (serving == null) {
            TestWarehouseServing served = TestWarehouseServing.start("serving_it", accounts(), TestServing::seed);
            warehouse = served.warehouse();
            trino = served.trino();
            serving = served.serving();
        }
        return serving;
    }

    static synchronized LocalTrino sharedTrino() {
        shared();
        return trino;
    }

    static synchronized WarehouseCatalogSettings warehouse() {
        shared();
        return warehouse;
    }

    static ServingAccount account(String user) {
        return shared().accounts().find(user).orElseThrow();
    }

    static long numerator(String unitCode) {
        return 500 + Math.abs(unitCode.hashCode() % 400);
    }

    private static List<AccountSettings> accounts() {
        return List.of(
                new AccountSettings(SERVICE, AccessScope.SERVICE, "service-test-password"),
                new AccountSettings(ANALYST, AccessScope.ANALYST, "analyst-test-password"),
                new AccountSettings(PROVINCE, AccessScope.PROVINCE, "province-test-password"),
                new AccountSettings(TAM_KY, AccessScope.district("502"), "tamky-test-password"),
                new AccountSettings(HOI_AN, AccessScope.district("503"), "hoian-test-password"),
                new AccountSettings(QUE_SON, AccessScope.district("509"), "queson-test-password"));
    }

    private static void seed(WarehouseCatalogSettings settings) {
        try (JdbcCatalog catalog = WarehouseCatalogs.open(settings)) {
            MartNames names = MartNames.of(catalog);
            List<Record> values = indicatorValues().stream().map(names::indicatorValue).toList();
            MartRecords.append(catalog.loadTable(FctIndicatorValuesTable.IDENTIFIER), values);
            MartRecords.append(catalog.loadTable(FctLatestIndicatorValuesTable.IDENTIFIER), MartNames.latest(values));
            MartRecords.append(catalog.loadTable(FctBreachesTable.IDENTIFIER), breaches().stream().map(names::breach).toList());
        }
    }

    private static List<Record> indicatorValues() {
        List<Record> rows = new ArrayList<>();
        SEEDED_UNITS.forEach((unit, level) -> {
            rows.add(MartRecords.indicatorValue("e_processing", unit, level, "2024-03", "as_reported", numerator(unit), 1000, new BigDecimal("90")));
            rows.add(MartRecords.indicatorValue("e_processing", unit, level, "2024-02", "as_reported", numerator(unit) - 10, 1000, new BigDecimal("90")));
            rows.add(MartRecords.indicatorValue("on_time", unit, level, "2024-Q1", "as_reported", 950, 1000, new BigDecimal("95")));
        });
        rows.add(MartRecords.indicatorValue("e_processing", "20656", "commune", "2025-01", "as_reported", 700, 1000, new BigDecimal("90")));
        return rows;
    }

    private static List<Record> breaches() {
        List<Record> rows = new ArrayList<>();
        for (String unit : List.of("502", "20335", "503", "20401", "20656")) {
            String level = SEEDED_UNITS.get(unit);
            BigDecimal value = BigDecimal.valueOf(numerator(unit)).divide(BigDecimal.TEN);
            rows.add(MartRecords.breach("e_processing", unit, level, "2024-03", value, new BigDecimal("90"), 2, "major",
                    "Kế hoạch 1234/KH-UBND (test)"));
        }
        return rows;
    }
}

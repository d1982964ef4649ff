package vn.gov.quangnam.lris.reports;

import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.jdbc.JdbcCatalog;
import vn.gov.quangnam.lris.localstack.postgres.LocalPostgres;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;
import vn.gov.quangnam.lris.schema.WarehouseSchema;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;
import vn.gov.quangnam.lris.schema.load.TableFiles;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;
import vn.gov.quangnam.lris.schema.tables.FctBreachesTable;
import vn.gov.quangnam.lris.schema.tables.FctIndicatorValuesTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real warehouse (Iceberg JDBC catalog on the test PostgreSQL, bundled reference data) with breaches seeded for
 * R2024-02 and R2024-03, created once per test JVM:
 * <ul>
 *   <li>502 Thành phố Tam Kỳ, e_processing: breached in both (persists, 2 consecutive periods);</li>
 *   <li>20341 Phường An Mỹ (Tam Kỳ), online_dossiers: new in R2024-03;</li>
 *   <li>20335 Phường Tân Thạnh (Tam Kỳ), digitization: breached in R2024-02, met in R2024-03 (resolved);</li>
 *   <li>20344 Phường Hòa Hương (Tam Kỳ), e_processing: at risk in R2024-03;</li>
 *   <li>20398 Phường Minh An (Hội An), 49-STP Sở Tư pháp and 504 Huyện Tây Giang (nobody receives it): new.</li>
 * </ul>
 */
final class SeededWarehouse {
    static final String PERIOD = "R2024-03";
    static final String PLAN_2022 = "Kế hoạch công tác cải cách hành chính năm 2022 của UBND tỉnh Quảng Nam";
    static final String PLAN_2021_2025 = "Kế hoạch cải cách hành chính tỉnh Quảng Nam giai đoạn 2021-2025";
    static final List<Breach> BREACHES = List.of(
            breach("e_processing", "502", "R2024-02", "district", "60.0", "70", 1, "minor", PLAN_2022),
            breach("digitization", "20335", "R2024-02", "commune", "40.0", "55", 1, "minor", PLAN_2021_2025),
            breach("e_processing", "502", PERIOD, "district", "55.5", "70", 2, "major", PLAN_2022),
            breach("online_dossiers", "20341", PERIOD, "commune", "30.25", "50", 1, "critical", PLAN_2021_2025),
            breach("e_processing", "20398", PERIOD, "commune", "35.0", "40", 1, "minor", PLAN_2022),
            breach("e_processing", "49-STP", PERIOD, "department", "72.4", "80", 1, "minor", PLAN_2022),
            breach("digitization", "504", PERIOD, "district", "41.0", "60", 1, "major", PLAN_2021_2025));

    private static WarehouseCatalogSettings settings;

    private SeededWarehouse() {
    }

    static synchronized WarehouseCatalogSettings settings() {
        if (settings == null) {
            settings = create();
        }
        return settings;
    }

    static LocalPostgres postgres() {
        return TestPostgres.shared();
    }

    private static WarehouseCatalogSettings create() {
        LocalPostgres postgres = TestPostgres.shared();
        String url = TestPostgres.createDatabase("reports_warehouse");
        Path warehouse;
        try {
            warehouse = Files.createTempDirectory("lris-reports-warehouse");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WarehouseCatalogSettings created = new WarehouseCatalogSettings("lris", url, postgres.user(), postgres.password(),
                warehouse.toUri().toString(), Map.of());
        WarehouseSchema.apply(created, ReferenceFiles.bundled());
        try (JdbcCatalog catalog = WarehouseCatalogs.open(created)) {
            append(catalog.loadTable(FctBreachesTable.IDENTIFIER), BREACHES.stream().map(SeededWarehouse::record).toList());
            append(catalog.loadTable(FctIndicatorValuesTable.IDENTIFIER), values());
        }
        return created;
    }

    private static List<Record> values() {
        List<Record> values = new ArrayList<>();
        String[] months = {"R2023-10", "R2023-11", "R2023-12", "R2024-01", "R2024-02"};
        String[] trend = {"68.0", "66.5", "64.0", "62.0", "60.0"};
        for (int i = 0; i < months.length; i++) {
            values.add(value("e_processing", "502", months[i], "district", trend[i], "70", "breached", null));
        }
        values.add(value("e_processing", "502", PERIOD, "district", "55.5", "70", "breached", "58.2"));
        values.add(value("online_dossiers", "20341", PERIOD, "commune", "30.25", "50", "breached", "33.0"));
        values.add(value("digitization", "20335", PERIOD, "commune", "56.0", "55", "met", "62.0"));
        values.add(value("e_processing", "20344", PERIOD, "commune", "41.0", "40", "at_risk", "39.0"));
        values.add(value("e_processing", "20398", PERIOD, "commune", "35.0", "40", "breached", "36.0"));
        values.add(value("e_processing", "49-STP", PERIOD, "department", "72.4", "80", "breached", "75.0"));
        values.add(value("digitization", "504", PERIOD, "district", "41.0", "60", "breached", "45.0"));
        return values;
    }

    private static void append(Table table, List<Record> records) {
        AppendFiles append = table.newAppend();
        TableFiles.write(table, records).forEach(append::appendFile);
        append.commit();
    }

    private static Breach breach(String indicator, String unit, String period, String level, String value,
                                 String target, int consecutive, String severity, String source) {
        BigDecimal valuePct = new BigDecimal(value).setScale(4);
        BigDecimal targetPct = new BigDecimal(target).setScale(2);
        return new Breach(indicator, unit, period, level, valuePct, targetPct,
                valuePct.subtract(targetPct).setScale(4), consecutive, severity, source);
    }

    private static Record record(Breach breach) {
        GenericRecord record = GenericRecord.create(FctBreachesTable.SCHEMA);
        record.setField("indicator_code", breach.indicatorCode());
        record.setField("unit_code", breach.unitCode());
        record.setField("period_id", breach.periodId());
        record.setField("level", breach.level());
        record.setField("value_pct", breach.valuePct());
        record.setField("target_pct", breach.targetPct());
        record.setField("gap_pct", breach.gapPct());
        record.setField("consecutive_periods", breach.consecutivePeriods());
        record.setField("severity", breach.severity());
        record.setField("source_document", breach.sourceDocument());
        record.setField("computed_at", OffsetDateTime.now(ZoneOffset.UTC));
        return record;
    }

    private static Record value(String indicator, String unit, String period, String level, String value,
                                String target, String status, String projected) {
        GenericRecord record = GenericRecord.create(FctIndicatorValuesTable.SCHEMA);
        BigDecimal valuePct = new BigDecimal(value).setScale(4);
        BigDecimal targetPct = new BigDecimal(target).setScale(2);
        record.setField("indicator_code", indicator);
        record.setField("unit_code", unit);
        record.setField("period_id", period);
        record.setField("hierarchy", "as_reported");
        record.setField("level", level);
        record.setField("numerator", valuePct.longValue());
        record.setField("denominator", 100L);
        record.setField("value_pct", valuePct);
        record.setField("target_pct", targetPct);
        record.setField("gap_pct", valuePct.subtract(targetPct).setScale(4));
        record.setField("status", status);
        record.setField("projected_year_end_pct", projected == null ? null : new BigDecimal(projected).setScale(4));
        record.setField("computed_at", OffsetDateTime.now(ZoneOffset.UTC));
        return record;
    }
}

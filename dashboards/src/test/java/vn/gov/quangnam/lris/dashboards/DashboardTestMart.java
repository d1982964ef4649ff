package vn.gov.quangnam.lris.dashboards;

import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.jdbc.JdbcCatalog;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;
import vn.gov.quangnam.lris.schema.tables.DimIndicatorsTable;
import vn.gov.quangnam.lris.schema.tables.DimPeriodsTable;
import vn.gov.quangnam.lris.schema.tables.DimUnitsTable;
import vn.gov.quangnam.lris.schema.tables.FctBreachesTable;
import vn.gov.quangnam.lris.schema.tables.FctIndicatorValuesTable;
import vn.gov.quangnam.lris.schema.tables.FctTargetsTable;
import vn.gov.quangnam.lris.serving.bench.MartNames;
import vn.gov.quangnam.lris.serving.bench.MartRecords;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The dashboard tests' mart, as the transforms publish it for the province's real units, indicators and targets
 * (loaded by 'schema apply'): every indicator for the province (49), every district and commune valid at each period's
 * end, in the Decree 09 reporting months of 2024 and of 2025 up to {@value #LAST_MONTH_2025} (2025 still running),
 * and the reporting years R2024 and R2025 (year to date: the sums of their months). Rates scatter around each level's
 * target (fixed random seed); statuses and breaches follow the transforms' rules: an ended period is met or breached,
 * a running one met or at risk; a breach is critical from its third consecutive month or 20 points short, major from
 * its second or 10. Every row is computed at {@link #COMPUTED_AT}, three hours before the tests started, so that a
 * test can publish newer figures.
 */
final class DashboardTestMart {
    static final int LAST_MONTH_2025 = 10;
    static final OffsetDateTime COMPUTED_AT = OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0).minusHours(3);
    private static final List<String> LEVELS = List.of("province", "district", "commune");

    private DashboardTestMart() {
    }

    static void seed(WarehouseCatalogSettings warehouse) {
        try (JdbcCatalog catalog = WarehouseCatalogs.open(warehouse)) {
            List<Record> units = MartRecords.readAll(catalog.loadTable(DimUnitsTable.IDENTIFIER));
            List<Record> periods = MartRecords.readAll(catalog.loadTable(DimPeriodsTable.IDENTIFIER));
            Map<String, String> directions = new HashMap<>();
            MartRecords.readAll(catalog.loadTable(DimIndicatorsTable.IDENTIFIER)).forEach(indicator ->
                    directions.put((String) indicator.getField("indicator_code"), (String) indicator.getField("direction")));
            Map<String, Record> targets = new HashMap<>();
            MartRecords.readAll(catalog.loadTable(FctTargetsTable.IDENTIFIER)).forEach(target -> targets.put(targetKey((String) target.getField("indicator_code"),
                    (String) target.getField("level"), (Integer) target.getField("year")), target));
            Random random = new Random(20251115L);
            List<Record> values = new ArrayList<>();
            List<Record> breaches = new ArrayList<>();
            for (int year : List.of(2024, 2025)) {
                int months = year == 2025 ? LAST_MONTH_2025 : 12;
                Record yearPeriod = period(periods, "R" + year);
                for (Record unit : validOn(units, (LocalDate) period(periods, String.format("R%d-%02d", year, months)).getField("end_date"))) {
                    for (Map.Entry<String, String> indicator : directions.entrySet()) {
                        Record target = targets.get(targetKey(indicator.getKey(), (String) unit.getField("level"), year));
                        BigDecimal targetPct = target == null ? null : (BigDecimal) target.getField("target_pct");
                        long yearNumerator = 0;
                        long yearDenominator = 0;
                        int consecutive = 0;
                        for (int month = 1; month <= months; month++) {
                            long denominator = 40 + random.nextInt(900);
                            double rate = targetPct == null ? 0.7 : targetPct.doubleValue() / 100 + random.nextGaussian() * 0.09 + 0.02;
                            long numerator = Math.round(denominator * Math.max(0, Math.min(1, rate)));
                            yearNumerator += numerator;
                            yearDenominator += denominator;
                            boolean running = year == 2025 && month == months;
                            Record value = value(indicator.getKey(), indicator.getValue(), unit, String.format("R%d-%02d", year, month),
                                    numerator, denominator, targetPct, running);
                            values.add(value);
                            consecutive = "breached".equals(value.getField("status")) ? consecutive + 1 : 0;
                            if (consecutive > 0) {
                                breaches.add(breach(value, target, consecutive));
                            }
                        }
                        values.add(value(indicator.getKey(), indicator.getValue(), unit, (String) yearPeriod.getField("period_id"),
                                yearNumerator, yearDenominator, targetPct, year == 2025));
                    }
                }
            }
            // names and readable_by_districts as the transforms write them: district accounts read through the latter
            MartNames names = MartNames.of(catalog);
            MartRecords.append(catalog.loadTable(FctIndicatorValuesTable.IDENTIFIER), values.stream().map(names::indicatorValue).toList());
            MartRecords.append(catalog.loadTable(FctBreachesTable.IDENTIFIER), breaches.stream().map(names::breach).toList());
        }
    }

    /** One more row, computed now: the figures the wall shows must move to the new time of the data. */
    static OffsetDateTime publishNewerFigures(WarehouseCatalogSettings warehouse) {
        OffsetDateTime now = OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0);
        try (JdbcCatalog catalog = WarehouseCatalogs.open(warehouse)) {
            Record unit = GenericRecord.create(DimUnitsTable.SCHEMA);
            unit.setField("unit_code", "49");
            unit.setField("level", "province");
            Record value = value("e_processing", "at_least", unit, "2020-01", 1, 2, null, false);
            value.setField("hierarchy", "current");
            value.setField("computed_at", now);
            MartRecords.append(catalog.loadTable(FctIndicatorValuesTable.IDENTIFIER), List.of(value));
        }
        return now;
    }

    private static Record value(String indicatorCode, String direction, Record unit, String periodId, long numerator, long denominator,
                                BigDecimal targetPct, boolean running) {
        Record record = GenericRecord.create(FctIndicatorValuesTable.SCHEMA);
        BigDecimal value = denominator == 0 ? null : BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
        BigDecimal gap = value == null || targetPct == null ? null
                : ("at_most".equals(direction) ? targetPct.subtract(value) : value.subtract(targetPct)).setScale(4, RoundingMode.HALF_UP);
        record.setField("indicator_code", indicatorCode);
        record.setField("unit_code", unit.getField("unit_code"));
        record.setField("period_id", periodId);
        record.setField("hierarchy", "as_reported");
        record.setField("level", unit.getField("level"));
        record.setField("numerator", numerator);
        record.setField("denominator", denominator);
        record.setField("value_pct", value);
        record.setField("target_pct", targetPct);
        record.setField("gap_pct", gap);
        record.setField("status", status(value, gap, running));
        record.setField("projected_year_end_pct", value);
        record.setField("computed_at", COMPUTED_AT);
        return record;
    }

    private static String status(BigDecimal value, BigDecimal gap, boolean running) {
        if (value == null) {
            return "no_data";
        }
        if (gap == null) {
            return "no_target";
        }
        if (gap.signum() >= 0) {
            return "met";
        }
        return running ? "at_risk" : "breached";
    }

    private static Record breach(Record value, Record target, int consecutive) {
        BigDecimal gap = (BigDecimal) value.getField("gap_pct");
        String severity = consecutive >= 3 || gap.compareTo(BigDecimal.valueOf(-20)) <= 0 ? "critical"
                : consecutive >= 2 || gap.compareTo(BigDecimal.valueOf(-10)) <= 0 ? "major" : "minor";
        Record breach = MartRecords.breach((String) value.getField("indicator_code"), (String) value.getField("unit_code"),
                (String) value.getField("level"), (String) value.getField("period_id"), (BigDecimal) value.getField("value_pct"),
                (BigDecimal) value.getField("target_pct"), consecutive, severity, (String) target.getField("source_document"));
        breach.setField("gap_pct", gap);
        breach.setField("computed_at", COMPUTED_AT);
        return breach;
    }

    private static Record period(List<Record> periods, String periodId) {
        return periods.stream().filter(period -> periodId.equals(period.getField("period_id"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("mart.dim_periods has no period " + periodId));
    }

    private static List<Record> validOn(List<Record> units, LocalDate day) {
        return MartRecords.unitsValidOn(units, day).stream().filter(unit -> LEVELS.contains((String) unit.getField("level"))).toList();
    }

    private static String targetKey(String indicator, String level, int year) {
        return indicator + "/" + level + "/" + year;
    }
}

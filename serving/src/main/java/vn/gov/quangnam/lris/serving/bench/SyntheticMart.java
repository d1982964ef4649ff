package vn.gov.quangnam.lris.serving.bench;

import org.apache.iceberg.Table;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;
import vn.gov.quangnam.lris.schema.tables.DimIndicatorsTable;
import vn.gov.quangnam.lris.schema.tables.DimPeriodsTable;
import vn.gov.quangnam.lris.schema.tables.DimUnitsTable;
import vn.gov.quangnam.lris.schema.tables.FctBreachesTable;
import vn.gov.quangnam.lris.schema.tables.FctIndicatorValuesTable;
import vn.gov.quangnam.lris.schema.tables.FctLatestIndicatorValuesTable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Fills the mart fact tables of a warehouse (whose reference dimensions 'schema apply' loaded) with synthetic figures of
 * realistic shape, for the query latency benchmark until the transforms fill them for real: every indicator for every
 * unit valid at the end of every period (months, quarters, half-years and years of both calendars), in both
 * hierarchies, year after year back from {@value #LATEST_YEAR} until the requested number of rows is reached; and a
 * breach for each monthly value below its target. Deterministic (fixed random seed).
 */
public final class SyntheticMart {
    static final int LATEST_YEAR = 2025;
    private static final Logger log = LoggerFactory.getLogger(SyntheticMart.class);
    private static final List<String> HIERARCHIES = List.of("as_reported", "current");
    private static final BigDecimal TARGET = new BigDecimal("80");

    private SyntheticMart() {
    }

    /** Seeds at least {@code rows} indicator values (whole years); returns the numbers of values and breaches written. */
    public static SeedResult seed(WarehouseCatalogSettings warehouse, long rows) {
        try (JdbcCatalog catalog = WarehouseCatalogs.open(warehouse)) {
            List<String> indicators = column(catalog.loadTable(DimIndicatorsTable.IDENTIFIER), "indicator_code");
            List<Record> units = MartRecords.readAll(catalog.loadTable(DimUnitsTable.IDENTIFIER));
            List<Record> periods = MartRecords.readAll(catalog.loadTable(DimPeriodsTable.IDENTIFIER));
            Table values = catalog.loadTable(FctIndicatorValuesTable.IDENTIFIER);
            Table breaches = catalog.loadTable(FctBreachesTable.IDENTIFIER);
            MartNames names = MartNames.of(catalog);
            Random random = new Random(20250101L);
            long written = 0;
            long breachCount = 0;
            for (int year = LATEST_YEAR; written < rows; year--) {
                List<Record> yearPeriods = periodsOf(periods, year);
                if (yearPeriods.isEmpty()) {
                    log.warn("dim_periods has no periods of {}; stopping at {} indicator values", year, written);
                    break;
                }
                long started = System.nanoTime();
                List<Record> yearValues = new ArrayList<>();
                for (Record period : yearPeriods) {
                    for (Record unit : MartRecords.unitsValidOn(units, (LocalDate) period.getField("end_date"))) {
                        for (String indicator : indicators) {
                            for (String hierarchy : HIERARCHIES) {
                                long denominator = 50 + random.nextInt(2000);
                                long numerator = Math.round(denominator * (0.45 + 0.55 * random.nextDouble()));
                                yearValues.add(names.indicatorValue(MartRecords.indicatorValue(indicator, (String) unit.getField("unit_code"),
                                        (String) unit.getField("level"), (String) period.getField("period_id"), hierarchy,
                                        numerator, denominator, TARGET)));
                            }
                        }
                    }
                }
                List<Record> yearBreaches = breachesOf(yearValues, yearPeriods).stream().map(names::breach).toList();
                MartRecords.append(values, yearValues);
                if (year == LATEST_YEAR) { // every indicator, unit and period type has values in every year
                    MartRecords.append(catalog.loadTable(FctLatestIndicatorValuesTable.IDENTIFIER), MartNames.latest(yearValues));
                }
                MartRecords.append(breaches, yearBreaches);
                written += yearValues.size();
                breachCount += yearBreaches.size();
                log.info("synthetic mart {}: {} indicator values, {} breaches in {} ms", year, yearValues.size(), yearBreaches.size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            return new SeedResult(written, breachCount);
        }
    }

    private static List<Record> breachesOf(List<Record> values, List<Record> periods) {
        List<String> months = periods.stream().filter(period -> "month".equals(period.getField("period_type")))
                .map(period -> (String) period.getField("period_id")).toList();
        List<Record> breaches = new ArrayList<>();
        for (Record value : values) {
            if ("breached".equals(value.getField("status")) && "as_reported".equals(value.getField("hierarchy"))
                    && months.contains((String) value.getField("period_id"))) {
                BigDecimal pct = (BigDecimal) value.getField("value_pct");
                int consecutive = 1 + Math.floorMod(value.getField("unit_code").hashCode(), 6);
                breaches.add(MartRecords.breach((String) value.getField("indicator_code"), (String) value.getField("unit_code"),
                        (String) value.getField("level"), (String) value.getField("period_id"), pct, TARGET, consecutive,
                        consecutive >= 3 ? "critical" : "major", "Synthetic plan 000/KH-UBND (benchmark data)"));
            }
        }
        return breaches;
    }

    private static List<Record> periodsOf(List<Record> periods, int year) {
        return periods.stream().filter(period -> Integer.valueOf(year).equals(period.getField("year")))
                .sorted(Comparator.comparing(period -> (String) period.getField("period_id"))).toList();
    }

    private static List<String> column(Table table, String name) {
        return MartRecords.readAll(table).stream().map(record -> (String) record.getField(name)).toList();
    }

    /** How many rows {@link #seed} wrote. */
    public record SeedResult(long indicatorValues, long breaches) {
    }
}

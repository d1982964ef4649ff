package vn.gov.quangnam.lris.serving.bench;

import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.data.Record;
import vn.gov.quangnam.lris.schema.tables.DimIndicatorsTable;
import vn.gov.quangnam.lris.schema.tables.DimPeriodsTable;
import vn.gov.quangnam.lris.schema.tables.DimUnitsTable;
import vn.gov.quangnam.lris.schema.tables.DistrictAccessColumn;
import vn.gov.quangnam.lris.schema.tables.FctTargetsTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fills the name and period columns of fixture facts from a warehouse's reference dimensions, as the transforms do
 * (transforms' {@code NamedFacts}): the indicator's names, the period's attributes, and the unit's row valid on the
 * period's last day (today's row for hierarchy {@code current}), and the districts that may read the row (every
 * district a {@code dim_units} row of the unit names, warehouse-schema's {@code DistrictAccessColumn}). Also picks the rows of
 * {@code mart.fct_latest_indicator_values}. For test fixtures and the benchmark's synthetic mart.
 */
public final class MartNames {
    private final Map<Object, List<Record>> unitRows;
    private final Map<String, Record> periods;
    private final Map<String, Record> indicators;
    private final Map<List<Object>, Record> targets;

    private MartNames(List<Record> units, List<Record> periods, List<Record> indicators, List<Record> targets) {
        this.unitRows = units.stream().collect(Collectors.groupingBy(unit -> unit.getField("unit_code")));
        this.periods = byKey(periods, "period_id");
        this.indicators = byKey(indicators, "indicator_code");
        this.targets = targets.stream().collect(Collectors.toMap(MartNames::targetKey, target -> target, (one, other) -> one));
    }

    private static List<Object> targetKey(Record record) {
        return List.of(record.getField("indicator_code"), record.getField("level"), record.getField("year"));
    }

    public static MartNames of(Catalog catalog) {
        return new MartNames(MartRecords.readAll(catalog.loadTable(DimUnitsTable.IDENTIFIER)),
                MartRecords.readAll(catalog.loadTable(DimPeriodsTable.IDENTIFIER)),
                MartRecords.readAll(catalog.loadTable(DimIndicatorsTable.IDENTIFIER)),
                MartRecords.readAll(catalog.loadTable(FctTargetsTable.IDENTIFIER)));
    }

    /** The {@code mart.fct_indicator_values} row with its names filled in. */
    public Record indicatorValue(Record value) {
        Record named = value.copy();
        Record indicator = named(named);
        named.setField("direction", indicator == null ? null : indicator.getField("direction"));
        Record unit = unitOf(named, (String) named.getField("hierarchy"));
        named.setField("parent_code", unit == null ? null : unit.getField("parent_code"));
        return named;
    }

    /** The {@code mart.fct_breaches} row with its names and its target's source code and rule filled in. */
    public Record breach(Record breach) {
        Record named = breach.copy();
        named(named);
        unitOf(named, "as_reported");
        Record period = period(named);
        Record target = targets.get(List.of(named.getField("indicator_code"), named.getField("level"), period.getField("year")));
        named.setField("target_source_code", target == null ? null : target.getField("source_code"));
        named.setField("target_rule", target == null ? null : target.getField("rule"));
        return named;
    }

    /** The values in the latest period (by end date) of their indicator, period type, calendar and hierarchy. */
    public static List<Record> latest(Collection<Record> namedValues) {
        Function<Record, List<Object>> group = value -> List.of(value.getField("indicator_code"), value.getField("period_type"),
                value.getField("calendar"), value.getField("hierarchy"));
        Map<List<Object>, LocalDate> latestEnd = namedValues.stream().collect(Collectors.toMap(group,
                value -> (LocalDate) value.getField("end_date"), (one, other) -> one.isAfter(other) ? one : other));
        List<Record> latest = new ArrayList<>();
        for (Record value : namedValues) {
            if (value.getField("end_date").equals(latestEnd.get(group.apply(value)))) {
                latest.add(value);
            }
        }
        return latest;
    }

    /** Sets the indicator's names and the period's columns; returns the indicator's dimension row. */
    private Record named(Record fact) {
        Record indicator = indicators.get((String) fact.getField("indicator_code"));
        fact.setField("indicator_name_vi", indicator == null ? null : indicator.getField("name_vi"));
        fact.setField("indicator_name_en", indicator == null ? null : indicator.getField("name_en"));
        Record period = period(fact);
        for (String column : List.of("period_type", "calendar", "sequence", "start_date", "end_date")) {
            fact.setField(column, period.getField(column));
        }
        fact.setField("period_label_vi", period.getField("label_vi"));
        fact.setField("period_label_en", period.getField("label_en"));
        return indicator;
    }

    private Record unitOf(Record fact, String hierarchy) {
        LocalDate end = (LocalDate) period(fact).getField("end_date");
        Record unit = unitRows.getOrDefault(fact.getField("unit_code"), List.of()).stream()
                .filter(candidate -> "current".equals(hierarchy) ? candidate.getField("valid_to") == null
                        : !((LocalDate) candidate.getField("valid_from")).isAfter(end)
                        && (candidate.getField("valid_to") == null || !((LocalDate) candidate.getField("valid_to")).isBefore(end)))
                .findFirst().orElse(null);
        for (String column : List.of("unit_name", "unit_type", "district_code")) {
            fact.setField(column, unit == null ? null : unit.getField(column));
        }
        fact.setField(DistrictAccessColumn.NAME, unitRows.getOrDefault(fact.getField("unit_code"), List.of()).stream()
                .map(row -> (String) row.getField("district_code")).filter(Objects::nonNull).distinct().sorted()
                .map(DistrictAccessColumn::marker).reduce((one, other) -> one + other.substring(1)).orElse(""));
        return unit;
    }

    private Record period(Record fact) {
        return Objects.requireNonNull(periods.get((String) fact.getField("period_id")),
                () -> "no period " + fact.getField("period_id") + " in mart.dim_periods");
    }

    private static Map<String, Record> byKey(List<Record> records, String key) {
        Map<String, Record> byKey = new HashMap<>();
        records.forEach(record -> byKey.put((String) record.getField(key), record));
        return byKey;
    }
}

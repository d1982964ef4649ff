package vn.gov.quangnam.lris.schema.load;

import vn.gov.quangnam.lris.schema.reference.ReferenceData;
import vn.gov.quangnam.lris.schema.reference.indicators.Indicator;
import vn.gov.quangnam.lris.schema.reference.periods.Period;
import vn.gov.quangnam.lris.schema.reference.periods.Periods;
import vn.gov.quangnam.lris.schema.reference.targets.ResolvedTarget;
import vn.gov.quangnam.lris.schema.reference.units.Unit;
import vn.gov.quangnam.lris.schema.reference.units.UnitLevel;
import vn.gov.quangnam.lris.schema.tables.DimIndicatorsTable;
import vn.gov.quangnam.lris.schema.tables.DimPeriodsTable;
import vn.gov.quangnam.lris.schema.tables.DimUnitsTable;
import vn.gov.quangnam.lris.schema.tables.FctTargetsTable;

import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns the reference data into the rows of dim_units, dim_periods, dim_indicators and fct_targets. */
public final class ReferenceTables {
    private ReferenceTables() {
    }

    /** The rows of each reference table, keyed by the table's qualified name, in load order. */
    public static Map<String, ReferenceRows> rows(ReferenceData data, OffsetDateTime loadedAt) {
        Map<String, ReferenceRows> tables = new LinkedHashMap<>();
        tables.put(DimUnitsTable.IDENTIFIER.toString(), units(data, loadedAt));
        tables.put(DimPeriodsTable.IDENTIFIER.toString(), periods(data.periods()));
        tables.put(DimIndicatorsTable.IDENTIFIER.toString(), indicators(data.indicators().indicators()));
        tables.put(FctTargetsTable.IDENTIFIER.toString(), targets(data));
        return tables;
    }

    static ReferenceRows units(ReferenceData data, OffsetDateTime loadedAt) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Unit unit : data.units().units()) {
            Map<String, Object> row = new HashMap<>();
            row.put("unit_code", unit.code());
            row.put("valid_from", unit.validFrom());
            row.put("valid_to", unit.validTo());
            row.put("unit_name", unit.name());
            row.put("unit_type", unit.type());
            row.put("level", unit.level().code());
            row.put("parent_code", unit.parentCode());
            row.put("province_code", data.units().provinceOf(unit));
            row.put("district_code", data.units().districtOf(unit).orElse(null));
            row.put("successor_code", unit.successorCode());
            row.put("source_file", unit.sourceFile());
            row.put("loaded_at", loadedAt);
            rows.add(row);
        }
        return ReferenceRows.of(DimUnitsTable.SCHEMA, rows, Set.of("loaded_at"));
    }

    static ReferenceRows periods(List<Period> periods) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Period period : periods) {
            rows.add(Map.of("period_id", period.id(), "period_type", period.type().code(),
                    "calendar", period.calendar().code(), "year", period.year(), "sequence", period.sequence(),
                    "start_date", period.startDate(), "end_date", period.endDate(),
                    "label_vi", period.labelVi(), "label_en", period.labelEn()));
        }
        return ReferenceRows.of(DimPeriodsTable.SCHEMA, rows, Set.of());
    }

    static ReferenceRows indicators(List<Indicator> indicators) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Indicator indicator : indicators) {
            Map<String, Object> row = new HashMap<>();
            row.put("indicator_code", indicator.code());
            row.put("name_vi", indicator.nameVi());
            row.put("name_en", indicator.nameEn());
            row.put("numerator_definition", indicator.numeratorDefinition());
            row.put("denominator_definition", indicator.denominatorDefinition());
            row.put("direction", indicator.direction().code());
            row.put("source_system", indicator.sourceSystem());
            row.put("province_rollup", indicator.provinceRollup());
            row.put("district_rollup", indicator.districtRollup());
            row.put("seed_reference", indicator.seedReference());
            row.put("period_aggregation", indicator.periodAggregation());
            rows.add(row);
        }
        return ReferenceRows.of(DimIndicatorsTable.SCHEMA, rows, Set.of());
    }

    /** One row per indicator, level and year of the period dimension for which a target rule is in force. */
    static ReferenceRows targets(ReferenceData data) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Indicator indicator : data.indicators().indicators()) {
            for (UnitLevel level : UnitLevel.values()) {
                for (int year = Periods.FIRST_YEAR; year <= Periods.LAST_YEAR; year++) {
                    Optional<ResolvedTarget> target = data.targets().find(indicator.code(), level, year);
                    target.ifPresent(resolved -> rows.add(targetRow(resolved)));
                }
            }
        }
        return ReferenceRows.of(FctTargetsTable.SCHEMA, rows, Set.of());
    }

    private static Map<String, Object> targetRow(ResolvedTarget target) {
        Map<String, Object> row = new HashMap<>();
        row.put("indicator_code", target.indicatorCode());
        row.put("level", target.level().code());
        row.put("year", target.year());
        row.put("target_pct", target.targetPct().setScale(2, RoundingMode.UNNECESSARY));
        row.put("direction", target.direction().code());
        row.put("source_code", target.source().code());
        row.put("source_document", target.source().document());
        row.put("rule", target.rule());
        row.put("seed_reference", target.source().seeds());
        return row;
    }
}

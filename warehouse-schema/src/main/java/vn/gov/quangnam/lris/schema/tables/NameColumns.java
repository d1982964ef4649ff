package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.types.Types;
import org.apache.iceberg.types.Types.NestedField;

import java.util.ArrayList;
import java.util.List;

import static org.apache.iceberg.types.Types.NestedField.optional;

/**
 * Columns of the reference dimensions that the transforms copy into the mart facts: the names of the indicator, of
 * the unit (as it was at the end of the period, or as it is today for restated rows) and the period's attributes.
 *
 * <p>Why copied: dashboards and leaders' SQL read the facts with their names, and on Trino a query joining a fact with
 * three dimensions spends most of its time planning the joins (serving/README.md, benchmark). A fact that carries its
 * names is one scan. The dimensions stay the source of truth: the transforms write these columns from them in the
 * same run, and a change of a dimension makes the next run recompute every year.
 */
final class NameColumns {
    private NameColumns() {
    }

    static List<NestedField> indicatorNames(int firstId) {
        return List.of(
                optional(firstId, "indicator_name_vi", Types.StringType.get(), "Vietnamese name of the indicator as used in the province's plans (dim_indicators.name_vi)"),
                optional(firstId + 1, "indicator_name_en", Types.StringType.get(), "English name of the indicator (dim_indicators.name_en)"));
    }

    /** The unit's columns from the {@code dim_units} row valid on the period's last day ('current' rows: today's row). */
    static List<NestedField> unitAsOfPeriod(int firstId) {
        return List.of(
                optional(firstId, "unit_name", Types.StringType.get(), "Official Vietnamese name of the unit as of the period, e.g. Thành phố Tam Kỳ (today's name for hierarchy current)"),
                optional(firstId + 1, "unit_type", Types.StringType.get(), "Kind of unit: Tỉnh, Thành phố, Thị xã, Huyện, Phường, Xã, Thị trấn, Sở, Ban, ..."),
                optional(firstId + 2, "parent_code", Types.StringType.get(), "Unit this one belonged to in the period; null for the province"),
                optional(firstId + 3, "district_code", Types.StringType.get(), "District-level unit this unit belonged to in the period (itself for a district)"));
    }

    static List<NestedField> periodAttributes(int firstId) {
        return List.of(
                optional(firstId, "period_type", Types.StringType.get(), "month, quarter, half_year or year (dim_periods)"),
                optional(firstId + 1, "calendar", Types.StringType.get(), "calendar, or decree09 for the reporting periods of Decree 09/2019/ND-CP art. 12 (15th to 14th)"),
                optional(firstId + 2, "sequence", Types.IntegerType.get(), "Number of the period within its year: month 1-12, quarter 1-4, half 1-2, year 1"),
                optional(firstId + 3, "start_date", Types.DateType.get(), "First day of the period (inclusive)"),
                optional(firstId + 4, "end_date", Types.DateType.get(), "Last day of the period (inclusive)"),
                optional(firstId + 5, "period_label_vi", Types.StringType.get(), "Vietnamese label of the period, e.g. Tháng 3/2024"),
                optional(firstId + 6, "period_label_en", Types.StringType.get(), "English label of the period, e.g. March 2024"));
    }

    @SafeVarargs
    static List<NestedField> concat(List<NestedField>... groups) {
        List<NestedField> all = new ArrayList<>();
        for (List<NestedField> group : groups) {
            all.addAll(group);
        }
        return all;
    }
}

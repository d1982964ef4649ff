package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

import static org.apache.iceberg.types.Types.NestedField.required;

/**
 * {@code mart.dim_periods}: calendar and Decree 09 reporting periods (months, quarters, half-years, years).
 * Ids: {@code 2024-03}, {@code 2024-Q1}, {@code 2024-H1}, {@code 2024}; reporting periods prefixed {@code R}.
 */
public final class DimPeriodsTable {
    public static final TableIdentifier IDENTIFIER = TableIdentifier.of(Namespaces.MART, "dim_periods");

    public static final Schema SCHEMA = new Schema(
            required(1, "period_id", Types.StringType.get(), "Period id: 2024-03, 2024-Q1, 2024-H1, 2024; Decree 09 reporting periods R2024-03, R2024-Q1, R2024-H1, R2024"),
            required(2, "period_type", Types.StringType.get(), "month, quarter, half_year or year"),
            required(3, "calendar", Types.StringType.get(), "calendar, or decree09 for the reporting periods of Decree 09/2019/ND-CP art. 12 (15th to 14th)"),
            required(4, "year", Types.IntegerType.get(), "Year the period belongs to (a Decree 09 year starts on 15 December of the year before)"),
            required(5, "sequence", Types.IntegerType.get(), "Number of the period within its year: month 1-12, quarter 1-4, half 1-2, year 1"),
            required(6, "start_date", Types.DateType.get(), "First day of the period (inclusive)"),
            required(7, "end_date", Types.DateType.get(), "Last day of the period (inclusive)"),
            required(8, "label_vi", Types.StringType.get(), "Vietnamese label, e.g. Tháng 3/2024, Quý I/2024, Kỳ báo cáo tháng 3/2024"),
            required(9, "label_en", Types.StringType.get(), "English label, e.g. March 2024, Reporting month 3/2024"));

    public static final TableDefinition DEFINITION = TableDefinition.of(IDENTIFIER,
            "Calendar and Decree 09 reporting periods 2020-2030", SCHEMA, TableDefinition::unpartitioned);

    private DimPeriodsTable() {
    }
}

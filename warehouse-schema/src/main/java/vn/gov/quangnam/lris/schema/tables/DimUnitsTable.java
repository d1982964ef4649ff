package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

import static org.apache.iceberg.types.Types.NestedField.optional;
import static org.apache.iceberg.types.Types.NestedField.required;

/**
 * {@code mart.dim_units}: administrative units and province agencies, effective-dated. A unit that moved, was renamed
 * or ended has one row per validity interval, so a 2024 figure still rolls up to its 2024 parent.
 */
public final class DimUnitsTable {
    public static final TableIdentifier IDENTIFIER = TableIdentifier.of(Namespaces.MART, "dim_units");

    public static final Schema SCHEMA = new Schema(
            required(1, "unit_code", Types.StringType.get(), "Statistics office code of the commune/district/province, or the warehouse's code of a province agency (49-SNV)"),
            required(2, "valid_from", Types.DateType.get(), "First day this row is valid (inclusive)"),
            optional(3, "valid_to", Types.DateType.get(), "Last day this row is valid (inclusive); null = still valid"),
            required(4, "unit_name", Types.StringType.get(), "Official Vietnamese name, e.g. Thành phố Tam Kỳ"),
            required(5, "unit_type", Types.StringType.get(), "Kind of unit: Tỉnh, Thành phố, Thị xã, Huyện, Phường, Xã, Thị trấn, Sở, Ban, ..."),
            required(6, "level", Types.StringType.get(), "province, department, district or commune"),
            optional(7, "parent_code", Types.StringType.get(), "Unit this one belongs to during this interval; null for the province"),
            required(8, "province_code", Types.StringType.get(), "The province this unit belongs to"),
            optional(9, "district_code", Types.StringType.get(), "The district-level unit this unit belongs to during this interval (itself for a district); null for the province and its agencies"),
            optional(10, "successor_code", Types.StringType.get(), "Unit that took over when this one ended (e.g. 519 Nông Sơn -> 509 Quế Sơn on 2025-01-01)"),
            required(11, "source_file", Types.StringType.get(), "Reference file the row was loaded from"),
            required(12, "loaded_at", Types.TimestampType.withZone(), "When 'schema apply' loaded the row (UTC)"));

    public static final TableDefinition DEFINITION = TableDefinition.of(IDENTIFIER,
            "Administrative units and province agencies of the province, one row per validity interval",
            SCHEMA, TableDefinition::unpartitioned);

    private DimUnitsTable() {
    }
}

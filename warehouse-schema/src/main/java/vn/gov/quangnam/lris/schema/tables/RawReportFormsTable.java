package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

import java.util.List;

import static org.apache.iceberg.types.Types.NestedField.optional;
import static org.apache.iceberg.types.Types.NestedField.required;

/** {@code raw.report_form_rows}: rows of the self-reported monthly forms (sources.md §4), one per unit, month and indicator. */
public final class RawReportFormsTable {
    public static final TableIdentifier IDENTIFIER = TableIdentifier.of(Namespaces.RAW, "report_form_rows");

    public static final Schema SCHEMA = new Schema(RawLineage.append(List.of(
            required(1, "file_name", Types.StringType.get(), "Name of the file in the inbox"),
            required(2, "row_number", Types.IntegerType.get(), "Row of the file (1-based, as a spreadsheet shows it)"),
            required(3, "unit_code", Types.StringType.get(), "Mã đơn vị: reporting unit (dim_units)"),
            required(4, "report_month", Types.StringType.get(), "Kỳ báo cáo: reporting month as yyyy-MM"),
            required(5, "indicator_code", Types.StringType.get(), "Mã chỉ tiêu: indicator (dim_indicators)"),
            required(6, "numerator", Types.DecimalType.of(18, 2), "Tử số"),
            required(7, "denominator", Types.DecimalType.of(18, 2), "Mẫu số"),
            optional(8, "note", Types.StringType.get(), "Ghi chú"),
            required(9, "form_sha256", Types.StringType.get(), "SHA-256 of the form's normalised cells: the same form sent twice has the same hash whatever the file's bytes"),
            required(10, "file_modified_at", Types.TimestampType.withZone(), "When the file was last modified in the inbox (UTC): the later form wins"))));

    public static final TableDefinition DEFINITION = TableDefinition.of(IDENTIFIER,
            "Self-reported monthly form rows as landed, with lineage", SCHEMA,
            schema -> PartitionSpec.builderFor(schema).identity("report_month").build());

    private RawReportFormsTable() {
    }
}

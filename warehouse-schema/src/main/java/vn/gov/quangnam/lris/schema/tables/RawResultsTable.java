package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

import java.util.List;

import static org.apache.iceberg.types.Types.NestedField.optional;
import static org.apache.iceberg.types.Types.NestedField.required;

/** {@code raw.procedure_results}: issued procedure results of the results registers (sources.md §3), with lineage. */
public final class RawResultsTable {
    public static final TableIdentifier IDENTIFIER = TableIdentifier.of(Namespaces.RAW, "procedure_results");

    public static final Schema SCHEMA = new Schema(RawLineage.append(List.of(
            required(1, "result_id", Types.StringType.get(), "maKetQua: result id, unique per source endpoint"),
            required(2, "unit_code", Types.StringType.get(), "maDonVi: issuing unit (dim_units)"),
            optional(3, "procedure_code", Types.StringType.get(), "maTTHC: administrative procedure code"),
            required(4, "issued_date", Types.DateType.get(), "ngayCap: issued on"),
            optional(5, "valid_until_date", Types.DateType.get(), "hieuLucDen: valid until (inclusive); null = indefinitely"),
            optional(6, "digitized_date", Types.DateType.get(), "ngaySoHoa: digitized on; null = not digitized"),
            required(7, "updated_at", Types.TimestampType.withZone(), "ngayCapNhat: last change at (UTC), the incremental watermark"))));

    public static final TableDefinition DEFINITION = TableDefinition.of(IDENTIFIER,
            "Procedure results as landed, every version, with lineage", SCHEMA,
            schema -> PartitionSpec.builderFor(schema).year("issued_date").build(),
            RawLineage.properties("result_id", "updated_at"));

    private RawResultsTable() {
    }
}

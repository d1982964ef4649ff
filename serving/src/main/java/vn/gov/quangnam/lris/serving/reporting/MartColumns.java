package vn.gov.quangnam.lris.serving.reporting;

import org.apache.iceberg.Schema;
import org.apache.iceberg.types.Type;
import org.apache.iceberg.types.Types;

/**
 * Reporting view columns taken from a {@code mart} table's definition, with the table's column comment and the type
 * Trino shows for the Iceberg type, so a comment is written once (in warehouse-schema) and reaches every view.
 */
final class MartColumns {
    private MartColumns() {
    }

    /** The mart column as is. */
    static ViewColumn column(Schema table, String name) {
        Types.NestedField field = field(table, name);
        return new ViewColumn(name, trinoType(field.type()), field.doc());
    }

    /** The mart column under another name, with its own comment (e.g. {@code name_vi} as {@code indicator_name_vi}). */
    static ViewColumn column(Schema table, String name, String viewName, String comment) {
        return new ViewColumn(viewName, trinoType(field(table, name).type()), comment);
    }

    private static Types.NestedField field(Schema table, String name) {
        Types.NestedField field = table.findField(name);
        if (field == null) {
            throw new IllegalArgumentException("no column " + name + " in mart table schema " + table.asStruct());
        }
        return field;
    }

    /** The type name Trino's Iceberg connector reports for an Iceberg primitive type. */
    static String trinoType(Type type) {
        switch (type.typeId()) {
            case STRING:
                return "varchar";
            case DATE:
                return "date";
            case INTEGER:
                return "integer";
            case LONG:
                return "bigint";
            case BOOLEAN:
                return "boolean";
            case DOUBLE:
                return "double";
            case DECIMAL:
                Types.DecimalType decimal = (Types.DecimalType) type;
                return "decimal(" + decimal.precision() + "," + decimal.scale() + ")";
            case TIMESTAMP:
                return ((Types.TimestampType) type).shouldAdjustToUTC() ? "timestamp(6) with time zone" : "timestamp(6)";
            default:
                throw new IllegalArgumentException("no Trino type known for Iceberg type " + type);
        }
    }
}

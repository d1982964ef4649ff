package vn.gov.quangnam.lris.ingestion.common;

import org.apache.iceberg.Schema;
import org.apache.iceberg.StructLike;
import org.apache.iceberg.types.Type;
import org.apache.iceberg.types.Types;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a raw table, its values in the table's column order and in Iceberg's internal representation
 * (timestamps as epoch microseconds, dates as epoch days), so that the Parquet writer reads it as it is. A mapper
 * sets columns by name; the positions are looked up once per table ({@link Layout}), not kept in a map per row
 * (a hash map per record, filled by the mapper and read again by the writer, was a tenth of the one-stop step's
 * profile).
 */
public final class RawRow implements StructLike {
    private final Layout layout;
    private final Object[] values;

    private RawRow(Layout layout) {
        this.layout = layout;
        this.values = new Object[layout.columns.size()];
    }

    /** The column positions of a raw table's schema (business columns then lineage). */
    public static Layout layout(Schema schema) {
        return new Layout(schema);
    }

    /** Sets a column; an {@link Instant} or a {@link LocalDate} is stored in Iceberg's internal representation. */
    public RawRow set(String column, Object value) {
        values[layout.position(column)] = internal(value);
        return this;
    }

    /** The value of a timestamp column as an instant, null when not set. */
    public Instant instant(String column) {
        Object micros = values[layout.position(column)];
        return micros == null ? null : instantOf((Long) micros);
    }

    /** Whether this row is laid out as {@code schema} (same column names in the same order). */
    boolean isLaidOutAs(Schema schema) {
        return layout.columnNames.equals(schema.columns().stream().map(Types.NestedField::name).toList());
    }

    /** The columns set, by name, as Java values (instants, dates): for tests and diagnostics, not for the hot path. */
    public Map<String, Object> columns() {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int position = 0; position < values.length; position++) {
            if (values[position] != null) {
                Types.NestedField column = layout.columns.get(position);
                columns.put(column.name(), external(column.type(), values[position]));
            }
        }
        return Collections.unmodifiableMap(columns);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public <T> T get(int position, Class<T> javaClass) {
        return javaClass.cast(values[position]);
    }

    @Override
    public <T> void set(int position, T value) {
        values[position] = value;
    }

    @Override
    public String toString() {
        return columns().toString();
    }

    private static Object internal(Object value) {
        if (value instanceof Instant instant) {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
        }
        return value instanceof LocalDate date ? (int) date.toEpochDay() : value;
    }

    private static Object external(Type type, Object value) {
        return switch (type.typeId()) {
            case TIMESTAMP -> instantOf((Long) value);
            case DATE -> LocalDate.ofEpochDay((Integer) value);
            default -> value;
        };
    }

    private static Instant instantOf(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
    }

    /** Where each column of a raw table's schema sits in a {@link RawRow}. */
    public static final class Layout {
        private final List<Types.NestedField> columns;
        private final List<String> columnNames;
        private final Map<String, Integer> positions = new HashMap<>();

        private Layout(Schema schema) {
            this.columns = List.copyOf(schema.columns());
            this.columnNames = columns.stream().map(Types.NestedField::name).toList();
            for (int position = 0; position < columns.size(); position++) {
                positions.put(columns.get(position).name(), position);
            }
        }

        public RawRow newRow() {
            return new RawRow(this);
        }

        private int position(String column) {
            Integer position = positions.get(column);
            if (position == null) {
                throw new IllegalArgumentException("column '" + column + "' is not one of " + columnNames);
            }
            return position;
        }
    }
}

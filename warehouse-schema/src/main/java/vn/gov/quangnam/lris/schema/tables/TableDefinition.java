package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * The definition of one warehouse table: identifier, Iceberg schema with its field ids, partition spec, table
 * properties and comment. 'schema apply' creates the table from it or evolves the table towards it.
 *
 * <p>Field ids are the contract with every reader: a new column is appended with the next id and is optional;
 * a column is never renumbered or removed (Iceberg assigns the same ids on creation when they are 1..n in order,
 * which {@link #TableDefinition} checks).
 */
public record TableDefinition(TableIdentifier identifier, Schema schema, PartitionSpec partitionSpec,
                              Map<String, String> properties, String comment) {

    /** Properties every table gets: format v2, Parquet with ZSTD, metadata kept small. */
    public static final Map<String, String> DEFAULT_PROPERTIES = Map.of(
            "format-version", "2",
            "write.format.default", "parquet",
            "write.parquet.compression-codec", "zstd",
            "write.metadata.delete-after-commit.enabled", "true",
            "write.metadata.previous-versions-max", "50");

    /** Iceberg's per-column switch of Parquet dictionary encoding ({@code TableProperties}, Iceberg 1.12). */
    static final String DICTIONARY_ENCODING_COLUMN_PREFIX = "write.parquet.dict-encoding-enabled.column.";

    public TableDefinition {
        requireNonNull(identifier, "identifier is null");
        requireNonNull(schema, "schema is null");
        requireNonNull(partitionSpec, "partitionSpec is null");
        properties = Map.copyOf(properties);
        requireNonNull(comment, "comment is null");
        checkFieldIdsAreSequential(identifier, schema);
        checkEveryColumnDocumented(identifier, schema);
        checkColumnPropertiesNameColumns(identifier, schema, properties);
    }

    public static TableDefinition of(TableIdentifier identifier, String comment, Schema schema,
                                     Function<Schema, PartitionSpec> partitioning, Map<String, String> extraProperties) {
        Map<String, String> properties = new java.util.HashMap<>(DEFAULT_PROPERTIES);
        properties.putAll(extraProperties);
        return new TableDefinition(identifier, schema, partitioning.apply(schema), properties, comment);
    }

    public static TableDefinition of(TableIdentifier identifier, String comment, Schema schema,
                                     Function<Schema, PartitionSpec> partitioning) {
        return of(identifier, comment, schema, partitioning, Map.of());
    }

    /**
     * Table properties that turn Parquet's dictionary encoding off for {@code columns}: columns whose values hardly
     * repeat within a data file (record keys, hashes, instants to the second). The writer would otherwise build a
     * dictionary of every value, find at the end of the page that it is no smaller, and encode every value again.
     */
    public static Map<String, String> withoutDictionaryEncoding(List<String> columns) {
        Map<String, String> properties = new java.util.HashMap<>();
        for (String column : columns) {
            properties.put(DICTIONARY_ENCODING_COLUMN_PREFIX + column, "false");
        }
        return properties;
    }

    public static PartitionSpec unpartitioned(Schema schema) {
        return PartitionSpec.unpartitioned();
    }

    public String name() {
        return identifier.toString();
    }

    private static void checkFieldIdsAreSequential(TableIdentifier identifier, Schema schema) {
        List<Types.NestedField> columns = schema.columns();
        Set<Integer> seen = new HashSet<>();
        int expected = 1;
        for (Types.NestedField column : columns) {
            if (column.fieldId() != expected) {
                throw new IllegalArgumentException(String.format(
                        "%s: column %s has field id %d, expected %d: top-level columns are numbered 1..n in order "
                                + "and a new column is appended with the next id", identifier, column.name(), column.fieldId(), expected));
            }
            if (!column.type().isPrimitiveType()) {
                throw new IllegalArgumentException(identifier + ": column " + column.name()
                        + " is nested; warehouse tables are flat so that every BI tool can read them");
            }
            seen.add(column.fieldId());
            expected++;
        }
    }

    /** Iceberg only logs a warning for a per-column property naming no column; a typo must not pass silently. */
    private static void checkColumnPropertiesNameColumns(TableIdentifier identifier, Schema schema, Map<String, String> properties) {
        for (String key : properties.keySet()) {
            if (key.startsWith(DICTIONARY_ENCODING_COLUMN_PREFIX)
                    && schema.findField(key.substring(DICTIONARY_ENCODING_COLUMN_PREFIX.length())) == null) {
                throw new IllegalArgumentException(identifier + ": table property " + key + " names no column of the table");
            }
        }
    }

    private static void checkEveryColumnDocumented(TableIdentifier identifier, Schema schema) {
        for (Types.NestedField column : schema.columns()) {
            if (column.doc() == null || column.doc().isBlank()) {
                throw new IllegalArgumentException(identifier + ": column " + column.name()
                        + " has no comment; BI users see column comments, so every column needs one");
            }
        }
    }
}

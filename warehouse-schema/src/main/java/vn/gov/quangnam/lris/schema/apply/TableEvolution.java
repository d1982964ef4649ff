package vn.gov.quangnam.lris.schema.apply;

import org.apache.iceberg.PartitionField;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Table;
import org.apache.iceberg.UpdatePartitionSpec;
import org.apache.iceberg.UpdateProperties;
import org.apache.iceberg.UpdateSchema;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.expressions.Term;
import org.apache.iceberg.types.Types;
import vn.gov.quangnam.lris.schema.tables.TableDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings an existing table to its definition without losing data: adds missing columns (with the definition's field
 * ids), updates column comments, sets table properties and evolves the partition spec. Never drops a column.
 */
final class TableEvolution {
    private static final Pattern PARAMETERISED = Pattern.compile("(bucket|truncate)\\[(\\d+)]");

    private final Table table;
    private final TableDefinition definition;
    private final List<String> changes = new ArrayList<>();

    TableEvolution(Table table, TableDefinition definition) {
        this.table = table;
        this.definition = definition;
    }

    /** Applies what differs; returns a description of each change (empty when the table already matched). */
    List<String> apply() {
        evolveColumns();
        checkFieldIds();
        evolveProperties();
        evolvePartitioning();
        return changes;
    }

    private void evolveColumns() {
        Schema current = table.schema();
        UpdateSchema update = table.updateSchema();
        boolean changed = false;
        for (Types.NestedField column : definition.schema().columns()) {
            Types.NestedField existing = current.findField(column.name());
            if (existing == null) {
                update.addColumn(column.name(), column.type(), column.doc());
                changes.add("added column " + column.name() + " " + column.type());
                changed = true;
            } else if (!existing.type().equals(column.type())) {
                if (!column.type().isPrimitiveType() || !existing.type().isPrimitiveType()) {
                    throw incompatible(column, existing);
                }
                try {
                    update.updateColumn(column.name(), column.type().asPrimitiveType());
                } catch (IllegalArgumentException e) {
                    throw incompatible(column, existing);
                }
                changes.add("widened " + column.name() + " from " + existing.type() + " to " + column.type());
                changed = true;
            } else if (!Objects.equals(existing.doc(), column.doc())) {
                update.updateColumnDoc(column.name(), column.doc());
                changes.add("updated the comment of " + column.name());
                changed = true;
            }
        }
        if (changed) {
            update.commit();
            table.refresh();
        }
    }

    private void checkFieldIds() {
        for (Types.NestedField column : definition.schema().columns()) {
            int actual = table.schema().findField(column.name()).fieldId();
            if (actual != column.fieldId()) {
                throw new SchemaApplyException(String.format("%s: column %s has field id %d in the table but %d in its "
                                + "definition (%s); a definition may only append columns with the next id, never reorder them",
                        definition.name(), column.name(), actual, column.fieldId(), definition.getClass().getSimpleName()));
            }
        }
    }

    private void evolveProperties() {
        UpdateProperties update = table.updateProperties();
        boolean changed = false;
        for (Map.Entry<String, String> property : propertiesWithComment().entrySet()) {
            if (property.getKey().equals("format-version")) {
                continue; // fixed at creation; upgrading the format is a deliberate migration, not a schema apply
            }
            if (!property.getValue().equals(table.properties().get(property.getKey()))) {
                update.set(property.getKey(), property.getValue());
                changes.add("set " + property.getKey() + "=" + property.getValue());
                changed = true;
            }
        }
        if (changed) {
            update.commit();
        }
    }

    private void evolvePartitioning() {
        PartitionSpec current = table.spec();
        PartitionSpec wanted = definition.partitionSpec();
        List<String> currentFields = current.fields().stream().map(field -> describe(current, field)).toList();
        List<String> wantedFields = wanted.fields().stream().map(field -> describe(wanted, field)).toList();
        if (currentFields.equals(wantedFields)) {
            return;
        }
        UpdatePartitionSpec update = table.updateSpec();
        for (PartitionField field : current.fields()) {
            if (!wantedFields.contains(describe(current, field))) {
                update.removeField(field.name());
            }
        }
        for (PartitionField field : wanted.fields()) {
            if (!currentFields.contains(describe(wanted, field))) {
                update.addField(field.name(), term(wanted, field));
            }
        }
        update.commit();
        changes.add("partitioning " + currentFields + " -> " + wantedFields + " (existing files keep their layout)");
    }

    Map<String, String> propertiesWithComment() {
        Map<String, String> properties = new java.util.HashMap<>(definition.properties());
        properties.put("comment", definition.comment());
        return properties;
    }

    private static String describe(PartitionSpec spec, PartitionField field) {
        return field.transform() + "(" + spec.schema().findColumnName(field.sourceId()) + ")";
    }

    private static Term term(PartitionSpec spec, PartitionField field) {
        String column = spec.schema().findColumnName(field.sourceId());
        String transform = field.transform().toString();
        Matcher parameterised = PARAMETERISED.matcher(transform);
        if (parameterised.matches()) {
            int width = Integer.parseInt(parameterised.group(2));
            return parameterised.group(1).equals("bucket") ? Expressions.bucket(column, width) : Expressions.truncate(column, width);
        }
        return switch (transform) {
            case "identity" -> Expressions.ref(column);
            case "year" -> Expressions.year(column);
            case "month" -> Expressions.month(column);
            case "day" -> Expressions.day(column);
            case "hour" -> Expressions.hour(column);
            default -> throw new SchemaApplyException("partition transform " + transform + " is not supported by schema apply");
        };
    }

    private SchemaApplyException incompatible(Types.NestedField wanted, Types.NestedField existing) {
        return new SchemaApplyException(String.format("%s: column %s is %s in the table and %s in the definition; only "
                        + "widening (int->long, float->double, larger decimal precision) is possible without a migration",
                definition.name(), wanted.name(), existing.type(), wanted.type()));
    }
}

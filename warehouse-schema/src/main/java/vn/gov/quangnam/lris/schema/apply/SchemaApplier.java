package vn.gov.quangnam.lris.schema.apply;

import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.SupportsNamespaces;
import org.apache.iceberg.exceptions.AlreadyExistsException;
import vn.gov.quangnam.lris.schema.tables.Namespaces;
import vn.gov.quangnam.lris.schema.tables.TableDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Creates each defined table that is missing and evolves each one that exists; idempotent. */
public final class SchemaApplier {
    private final Catalog catalog;

    public SchemaApplier(Catalog catalog) {
        this.catalog = java.util.Objects.requireNonNull(catalog, "catalog is null");
    }

    public List<TableChange> apply(List<TableDefinition> definitions) {
        ensureNamespaces();
        List<TableChange> changes = new ArrayList<>();
        for (TableDefinition definition : definitions) {
            changes.add(apply(definition));
        }
        return changes;
    }

    private TableChange apply(TableDefinition definition) {
        if (!catalog.tableExists(definition.identifier())) {
            try {
                catalog.buildTable(definition.identifier(), definition.schema())
                        .withPartitionSpec(definition.partitionSpec())
                        .withProperties(new TableEvolution(null, definition).propertiesWithComment())
                        .create();
                return new TableChange(definition.name(), TableChange.Kind.CREATED, List.of());
            } catch (AlreadyExistsException createdConcurrently) {
                // another 'schema apply' created it in the meantime: evolve it like any existing table
            }
        }
        Table table = catalog.loadTable(definition.identifier());
        List<String> details = new TableEvolution(table, definition).apply();
        return new TableChange(definition.name(), details.isEmpty() ? TableChange.Kind.UNCHANGED : TableChange.Kind.EVOLVED, details);
    }

    private void ensureNamespaces() {
        if (!(catalog instanceof SupportsNamespaces namespaces)) {
            return;
        }
        for (Namespace namespace : Namespaces.ALL) {
            if (!namespaces.namespaceExists(namespace)) {
                try {
                    namespaces.createNamespace(namespace, Map.of("comment", Namespaces.description(namespace)));
                } catch (AlreadyExistsException createdConcurrently) {
                    // fine: it exists now
                }
            }
        }
    }
}

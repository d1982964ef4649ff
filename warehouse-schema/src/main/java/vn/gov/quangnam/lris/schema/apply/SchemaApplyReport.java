package vn.gov.quangnam.lris.schema.apply;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of 'schema apply': what happened to each table and what the reference data loaded.
 *
 * @param tableChanges one entry per table in the catalogue of tables
 * @param loadedRows rows now in each reference table (dim_units, dim_periods, dim_indicators, fct_targets), by table
 * @param replacedReferenceTables the reference tables whose content changed in this run (empty when re-applied)
 */
public record SchemaApplyReport(List<TableChange> tableChanges, java.util.Map<String, Long> loadedRows,
                                List<String> replacedReferenceTables) {
    public SchemaApplyReport {
        tableChanges = List.copyOf(tableChanges);
        loadedRows = java.util.Map.copyOf(loadedRows);
        replacedReferenceTables = List.copyOf(replacedReferenceTables);
    }

    public String summary() {
        String tables = tableChanges.stream().map(change -> "  " + change).collect(Collectors.joining("\n"));
        String rows = loadedRows.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(entry -> "  " + entry.getKey() + ": " + entry.getValue() + " rows"
                        + (replacedReferenceTables.contains(entry.getKey()) ? " (replaced)" : " (unchanged)"))
                .collect(Collectors.joining("\n"));
        return "tables:\n" + tables + "\nreference data:\n" + rows;
    }
}

package vn.gov.quangnam.lris.schema.tables;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue of every warehouse table. 'schema apply' creates or evolves exactly these; a new table is added here.
 */
public final class WarehouseTables {
    public static final List<TableDefinition> ALL = List.of(
            RawOneStopDossiersTable.DEFINITION,
            RawDocumentsTable.DEFINITION,
            RawWorkRecordsTable.DEFINITION,
            RawResultsTable.DEFINITION,
            RawReportFormsTable.DEFINITION,
            DimUnitsTable.DEFINITION,
            DimPeriodsTable.DEFINITION,
            DimIndicatorsTable.DEFINITION,
            FctTargetsTable.DEFINITION,
            FctIndicatorValuesTable.DEFINITION,
            FctLatestIndicatorValuesTable.DEFINITION,
            FctBreachesTable.DEFINITION,
            QuarantineTable.DEFINITION,
            SelfReportedGapsTable.DEFINITION);

    private WarehouseTables() {
    }

    public static Optional<TableDefinition> find(String qualifiedName) {
        return ALL.stream().filter(definition -> definition.name().equals(qualifiedName)).findFirst();
    }
}

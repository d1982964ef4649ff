package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;

/**
 * {@code mart.fct_latest_indicator_values}: the rows of {@code fct_indicator_values} in the latest period with data of
 * each indicator, period type, calendar and hierarchy, i.e. the dashboard's current figures. The transforms rewrite it
 * whole after each publish of {@code fct_indicator_values} (a few tens of thousands of rows), so that the current
 * figures are one small scan instead of a search for the latest period over the whole history.
 */
public final class FctLatestIndicatorValuesTable {
    public static final TableIdentifier IDENTIFIER = TableIdentifier.of(Namespaces.MART, "fct_latest_indicator_values");

    public static final Schema SCHEMA = FctIndicatorValuesTable.SCHEMA;

    public static final TableDefinition DEFINITION = TableDefinition.of(IDENTIFIER,
            "The latest period with data of every indicator, per period type, calendar and hierarchy (rows of "
                    + "fct_indicator_values): the dashboard's current figures",
            SCHEMA, TableDefinition::unpartitioned);

    private FctLatestIndicatorValuesTable() {
    }
}

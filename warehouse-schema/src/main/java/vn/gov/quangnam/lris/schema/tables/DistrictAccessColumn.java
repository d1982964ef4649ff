package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.types.Types;
import org.apache.iceberg.types.Types.NestedField;

import static org.apache.iceberg.types.Types.NestedField.optional;

/**
 * {@code readable_by_districts}: the districts whose accounts may read a fact row, i.e. every district that any
 * {@code dim_units} row of the row's unit names (a commune that moved is read by both districts, with its history),
 * written {@code ,509,519,}: codes between commas, so that {@code LIKE '%,509,%'} matches whole codes only, in a plain
 * text column every BI tool reads.
 *
 * <p>Why a column: Trino's row filter for a district account was a subquery on {@code dim_units}, which turned every
 * dashboard query into a semi-join; on 2 cores that doubled its CPU (serving/README.md, benchmark). The filter
 * {@code readable_by_districts LIKE '%,502,%'} reads the fact alone. {@code dim_units} stays the source of truth: the
 * transforms write the column from it in the same run, and a change of units makes the next run recompute every
 * year. An empty text (units above the districts) or a null (a row written before the column existed) hides the row
 * from every district account.
 */
public final class DistrictAccessColumn {
    public static final String NAME = "readable_by_districts";

    private DistrictAccessColumn() {
    }

    /** The text that, inside the column, marks {@code districtCode} as a reader: {@code ,502,}. */
    public static String marker(String districtCode) {
        return "," + districtCode + ",";
    }

    static NestedField field(int id) {
        return optional(id, NAME, Types.StringType.get(),
                "Districts whose accounts may read the row, between commas (,509,519,): every district a dim_units row of the unit names; empty above the districts");
    }
}

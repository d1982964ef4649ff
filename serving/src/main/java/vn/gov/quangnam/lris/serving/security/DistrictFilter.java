package vn.gov.quangnam.lris.serving.security;

import org.apache.iceberg.Schema;
import vn.gov.quangnam.lris.schema.tables.DistrictAccessColumn;
import vn.gov.quangnam.lris.serving.reporting.ReportingView;

import java.util.List;

/**
 * How Trino limits a district account to its district and that district's communes in one relation: a unit belongs
 * to a district when any of its rows in {@code mart.dim_units} names that district (so a commune that moved is read
 * by its new district with its history, and a new unit needs no rule change).
 */
public enum DistrictFilter {
    /** No unit in the relation ({@code dim_periods}, {@code fct_targets}): readable whole. */
    NONE,
    /**
     * The relation carries {@code readable_by_districts}, written by the transforms from {@code dim_units}: the filter
     * reads the relation alone, half the CPU of the subquery on 2 cores (serving/README.md, benchmark).
     */
    READABLE_BY_DISTRICTS,
    /** Only a {@code unit_code} ({@code dim_units} itself, or a table written before the column existed): a subquery. */
    UNITS_OF_DIM_UNITS;

    /** The row filter expression of Trino's rules for the accounts of {@code districtCode}, or null for {@link #NONE}. */
    String expression(String catalog, String martSchema, String districtCode) {
        return switch (this) {
            case NONE -> null;
            case READABLE_BY_DISTRICTS -> DistrictAccessColumn.NAME + " LIKE '%" + DistrictAccessColumn.marker(districtCode) + "%'";
            case UNITS_OF_DIM_UNITS -> ReportingView.UNIT_COLUMN + " IN (SELECT unit_code FROM " + catalog + "." + martSchema
                    + ".dim_units WHERE district_code = '" + districtCode + "')";
        };
    }

    static DistrictFilter of(Schema schema) {
        return of(schema.findField(DistrictAccessColumn.NAME) != null, schema.findField(ReportingView.UNIT_COLUMN) != null);
    }

    static DistrictFilter of(List<String> columnNames) {
        return of(columnNames.contains(DistrictAccessColumn.NAME), columnNames.contains(ReportingView.UNIT_COLUMN));
    }

    private static DistrictFilter of(boolean readableByDistricts, boolean unitCode) {
        if (!unitCode) {
            return NONE;
        }
        return readableByDistricts ? READABLE_BY_DISTRICTS : UNITS_OF_DIM_UNITS;
    }
}

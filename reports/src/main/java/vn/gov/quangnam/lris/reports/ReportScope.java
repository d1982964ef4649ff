package vn.gov.quangnam.lris.reports;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The units one report covers: the whole province (the summary), a district with its communes, or a single
 * commune or agency. {@code code} names the scope in file names ({@code bao-cao-vi-pham-R2024-03-502.pdf}).
 */
public record ReportScope(String code, String nameVi, Set<String> unitCodes, boolean provinceWide) {
    public static final String PROVINCE_CODE = "49";

    public ReportScope {
        requireNonNull(code, "code is null");
        requireNonNull(nameVi, "nameVi is null");
        unitCodes = Set.copyOf(unitCodes);
    }

    public boolean covers(String unitCode) {
        return provinceWide || unitCodes.contains(unitCode);
    }

    /** The scope a person listed under {@code unitCode} answers for: a district and its communes, or the unit. */
    public static ReportScope forUnit(MartSnapshot mart, ReportPeriod period, String unitCode) {
        String name = mart.unitName(unitCode, period);
        boolean district = mart.unit(unitCode, period).map(unit -> "district".equals(unit.level())).orElse(false);
        Set<String> units = district ? mart.districtAndCommunes(unitCode, period) : Set.of(unitCode);
        return new ReportScope(unitCode, name, units, false);
    }

    public static ReportScope province(MartSnapshot mart, ReportPeriod period) {
        return new ReportScope(PROVINCE_CODE, mart.unitName(PROVINCE_CODE, period), Set.of(), true);
    }
}

package vn.gov.quangnam.lris.transforms.rollup;

import java.util.Locale;

/**
 * How a unit's own figures count towards a unit at or above it. Which relations a rate includes is the indicator's
 * rule ({@code district_rollup}, {@code province_rollup} in the indicator catalogue), not code.
 */
public enum Relation {
    /** The unit itself (a commune, a department, a district's own agencies, the province's own records). */
    SELF,
    /** A commune counting towards its district. */
    COMMUNE_OF_DISTRICT,
    /** A department (province agency) counting towards the province. */
    DEPARTMENT_OF_PROVINCE,
    /** A district's own agencies counting towards the province. */
    DISTRICT_OF_PROVINCE,
    /** A commune counting towards the province. */
    COMMUNE_OF_PROVINCE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

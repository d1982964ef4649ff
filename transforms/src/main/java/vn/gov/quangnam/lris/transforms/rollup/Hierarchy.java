package vn.gov.quangnam.lris.transforms.rollup;

import java.util.Locale;

/**
 * How figures of a past period roll up: {@link #AS_REPORTED} along the units valid in that period (a 2024 figure of
 * Trung Phước counts for Nông Sơn), or {@link #CURRENT} restated to today's units (the same figure counts for
 * Quế Sơn, which took Nông Sơn over on 2025-01-01).
 */
public enum Hierarchy {
    AS_REPORTED,
    CURRENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

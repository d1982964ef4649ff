package vn.gov.quangnam.lris.schema.reference.units;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The levels of the unit tree and which level a unit's parent must have: a province has none; departments (province
 * agencies) and districts belong to the province; communes belong to a district.
 */
public enum UnitLevel {
    PROVINCE(null),
    DEPARTMENT("province"),
    DISTRICT("province"),
    COMMUNE("district");

    private final String parentLevel;

    UnitLevel(String parentLevel) {
        this.parentLevel = parentLevel;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Optional<UnitLevel> parentLevel() {
        return Optional.ofNullable(parentLevel).flatMap(UnitLevel::fromCode);
    }

    /**
     * The level whose targets apply: the plans set targets for "cấp tỉnh" (the province's agencies), "cấp huyện"
     * and "cấp xã" (seeds 003, 004), so a department is judged by the province-level target.
     */
    public UnitLevel targetLevel() {
        return this == DEPARTMENT ? PROVINCE : this;
    }

    public static Optional<UnitLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(level -> level.code().equals(code)).findFirst();
    }
}

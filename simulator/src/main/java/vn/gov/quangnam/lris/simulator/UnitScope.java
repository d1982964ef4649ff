package vn.gov.quangnam.lris.simulator;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Which units an endpoint serves: the province's departments (if {@code departments}) and the districts listed in
 * {@code districtCodes} together with their communes. An empty {@code districtCodes} with {@code allDistricts} makes
 * the endpoint the fallback for every district and commune that no endpoint names explicitly.
 */
public record UnitScope(boolean departments, boolean allDistricts, Set<String> districtCodes) {
    public UnitScope {
        districtCodes = Set.copyOf(requireNonNull(districtCodes, "districtCodes is null"));
        if (allDistricts && !districtCodes.isEmpty()) {
            throw new IllegalArgumentException("a unit scope either covers all districts or lists them, not both: "
                    + districtCodes);
        }
    }

    /** Departments and every district and commune not served by a more specific endpoint. */
    public static UnitScope everything() {
        return new UnitScope(true, true, Set.of());
    }

    /** The listed districts (their own offices) and their communes. */
    public static UnitScope districts(String... districtCodes) {
        return new UnitScope(false, false, Set.of(districtCodes));
    }

    public boolean namesDistrict(String districtCode) {
        return districtCodes.contains(districtCode);
    }
}

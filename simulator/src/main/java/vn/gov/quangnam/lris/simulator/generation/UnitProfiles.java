package vn.gov.quangnam.lris.simulator.generation;

import vn.gov.quangnam.lris.schema.reference.units.Unit;

import java.util.HashMap;
import java.util.Map;

/** The profile of every unit code, drawn from the seed; a unit keeps its profile across its validity intervals. */
public final class UnitProfiles {
    private final Map<String, UnitProfile> byCode = new HashMap<>();

    public UnitProfiles(long seed, UnitDirectory units) {
        for (Unit unit : units.firstIntervals()) {
            byCode.put(unit.code(), UnitProfile.draw(seed, unit.code(), VolumeClass.of(unit)));
        }
    }

    public UnitProfile of(String unitCode) {
        UnitProfile profile = byCode.get(unitCode);
        if (profile == null) {
            throw new IllegalArgumentException("no profile for unit " + unitCode);
        }
        return profile;
    }
}

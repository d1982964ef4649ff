package vn.gov.quangnam.lris.simulator.generation;

import static java.util.Objects.requireNonNull;

/** What every record factory draws on: the seed, the units, their profiles and the procedures. */
public record GenerationContext(long seed, UnitDirectory units, UnitProfiles profiles, ProcedureCatalogue procedures) {
    public GenerationContext {
        requireNonNull(units, "units is null");
        requireNonNull(profiles, "profiles is null");
        requireNonNull(procedures, "procedures is null");
    }

    public static GenerationContext of(long seed, UnitDirectory units) {
        return new GenerationContext(seed, units, new UnitProfiles(seed, units), new ProcedureCatalogue());
    }

    /** The random stream of one record: independent of the endpoint layout and of generation order. */
    public RandomStream randomFor(int sourceSalt, RecordOrigin origin) {
        return RandomStream.of(seed, sourceSalt, RandomStream.hash(origin.unit().code()), origin.day().toEpochDay(),
                origin.ordinal());
    }

    /** A code that is no unit's: {@code 9xxxx} (Quảng Nam's communes are 20xxx, its districts 5xx). */
    public static String unknownUnitCode(String key) {
        return "9" + String.format("%04d", Math.floorMod(RandomStream.hash(key), 10_000L));
    }
}

package vn.gov.quangnam.lris.simulator.generation;

import vn.gov.quangnam.lris.schema.reference.units.Unit;
import vn.gov.quangnam.lris.simulator.Source;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import static java.util.Objects.requireNonNull;

/**
 * How many records each unit produces each day: a Poisson draw around the unit's mean (its volume class, its volume
 * factor, the day of the week) times {@code scale}. With a dossier target, the dossiers of the simulated range are
 * instead spread over the units and days in proportion to those means so that they add up to exactly the target;
 * days after the range (advanceDay) then keep the same proportion.
 */
public final class VolumePlan {
    private static final int COUNT_SALT = 0xC0C0;

    private final long seed;
    private final double scale;
    private final UnitProfiles profiles;
    private final Map<Long, Integer> targetDossierCounts = new HashMap<>();
    private double dossierFactor;

    public VolumePlan(long seed, double scale, UnitProfiles profiles) {
        this.seed = seed;
        this.scale = scale;
        this.profiles = requireNonNull(profiles, "profiles is null");
        this.dossierFactor = scale;
    }

    /** The mean number of {@code source} records of {@code unit} on {@code day} at scale 1. */
    public double mean(Source source, Unit unit, LocalDate day) {
        UnitProfile profile = profiles.of(unit.code());
        return profile.volumeClass().perWorkingDay(source) * VolumeClass.weekdayFactor(source, day.getDayOfWeek())
                * profile.volumeFactor();
    }

    /** How many {@code source} records {@code unit} produces on {@code day}. */
    public int count(Source source, Unit unit, LocalDate day, int unitIndex) {
        if (source == Source.DOSSIERS) {
            Integer planned = targetDossierCounts.get(slot(day, unitIndex));
            if (planned != null) {
                return planned;
            }
        }
        double factor = source == Source.DOSSIERS ? dossierFactor : scale;
        RandomStream random = RandomStream.of(seed, COUNT_SALT, source.ordinal(), RandomStream.hash(unit.code()),
                day.toEpochDay());
        return random.poisson(mean(source, unit, day) * factor);
    }

    /**
     * Spreads exactly {@code target} dossiers over the days of [from, to] and the units that {@code producesDossiers}
     * (those a system serves), in proportion to their means: the running sum of the scaled means is floored at each
     * slot, so the counts add up to the target.
     */
    public void planDossierTarget(long target, LocalDate from, LocalDate to, UnitDirectory units,
                                  BiPredicate<Unit, LocalDate> producesDossiers) {
        double total = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (Unit unit : units.validOn(day)) {
                if (producesDossiers.test(unit, day)) {
                    total += mean(Source.DOSSIERS, unit, day);
                }
            }
        }
        if (total <= 0) {
            throw new IllegalArgumentException("no unit produces dossiers between " + from + " and " + to);
        }
        dossierFactor = target / total;
        double running = 0;
        long assigned = 0;
        long lastSlot = -1;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<Unit> valid = units.validOn(day);
            for (Unit unit : valid) {
                if (!producesDossiers.test(unit, day)) {
                    continue;
                }
                running += mean(Source.DOSSIERS, unit, day) * dossierFactor;
                long upTo = Math.min(target, (long) Math.floor(running + 1e-9));
                lastSlot = slot(day, units.indexOf(unit));
                targetDossierCounts.put(lastSlot, (int) (upTo - assigned));
                assigned = upTo;
            }
        }
        // the running sum may fall a rounding error short of the target: the last slot takes the rest
        targetDossierCounts.merge(lastSlot, (int) (target - assigned), Integer::sum);
    }

    private static long slot(LocalDate day, int unitIndex) {
        return day.toEpochDay() << 16 | unitIndex;
    }
}

package vn.gov.quangnam.lris.simulator.generation;

import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;
import vn.gov.quangnam.lris.schema.reference.units.Unit;
import vn.gov.quangnam.lris.schema.reference.units.UnitCatalogue;
import vn.gov.quangnam.lris.schema.reference.units.UnitLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * The real, effective-dated units (warehouse-schema's unit catalogue) that produce records: departments, districts
 * and communes, each validity interval numbered so that a record can point at the interval it was produced under.
 */
public final class UnitDirectory {
    private final UnitCatalogue catalogue;
    private final List<Unit> intervals;
    private final Map<Unit, Integer> indexes = new IdentityHashMap<>();
    private final Map<LocalDate, DayUnits> byDay = new ConcurrentHashMap<>();

    public UnitDirectory(UnitCatalogue catalogue) {
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
        this.intervals = catalogue.units().stream()
                .filter(unit -> unit.level() != UnitLevel.PROVINCE)
                .sorted(Comparator.comparing(Unit::code).thenComparing(Unit::validFrom))
                .toList();
        if (intervals.size() > Character.MAX_VALUE) {
            throw new IllegalArgumentException("too many unit intervals for the simulator: " + intervals.size());
        }
        for (int i = 0; i < intervals.size(); i++) {
            indexes.put(intervals.get(i), i);
        }
    }

    /** The project's bundled units of Quảng Nam and its departments. */
    public static UnitDirectory bundled() {
        return new UnitDirectory(UnitCatalogue.load(ReferenceFiles.bundled().unitFiles()));
    }

    public Unit interval(int index) {
        return intervals.get(index);
    }

    public int indexOf(Unit unit) {
        Integer index = indexes.get(unit);
        if (index == null) {
            throw new IllegalArgumentException("unit interval " + unit.code() + " from " + unit.validFrom()
                    + " is not in the simulator's directory");
        }
        return index;
    }

    /** The unit intervals valid on {@code day}, ordered by code. */
    public List<Unit> validOn(LocalDate day) {
        return unitsOn(day).all();
    }

    private DayUnits unitsOn(LocalDate day) {
        return byDay.computeIfAbsent(day, this::collect);
    }

    private DayUnits collect(LocalDate day) {
        List<Unit> all = new ArrayList<>();
        Map<String, List<Unit>> communes = new HashMap<>();
        for (Unit unit : intervals) {
            if (unit.isValidOn(day)) {
                all.add(unit);
                if (unit.level() == UnitLevel.COMMUNE) {
                    communes.computeIfAbsent(unit.parentCode(), code -> new ArrayList<>()).add(unit);
                }
            }
        }
        return new DayUnits(List.copyOf(all), all.stream().filter(unit -> unit.level() == UnitLevel.DEPARTMENT).toList(),
                all.stream().filter(unit -> unit.level() == UnitLevel.DISTRICT).toList(), communes);
    }

    private record DayUnits(List<Unit> all, List<Unit> departments, List<Unit> districts,
                            Map<String, List<Unit>> communesByDistrict) {
    }

    /** The district code a unit belongs to (itself for a district, its parent for a commune), null for a department. */
    public static String districtCode(Unit unit) {
        return switch (unit.level()) {
            case DISTRICT -> unit.code();
            case COMMUNE -> unit.parentCode();
            case DEPARTMENT, PROVINCE -> null;
        };
    }

    public List<Unit> departments(LocalDate day) {
        return unitsOn(day).departments();
    }

    public List<Unit> districts(LocalDate day) {
        return unitsOn(day).districts();
    }

    public List<Unit> communesOf(String districtCode, LocalDate day) {
        return unitsOn(day).communesByDistrict().getOrDefault(districtCode, List.of());
    }

    public Optional<Unit> find(String code, LocalDate day) {
        return catalogue.find(code, day);
    }

    /** Whether no other unit valid on {@code day} has the same name (a form may then name the unit instead of coding it). */
    public boolean hasUniqueName(Unit unit, LocalDate day) {
        return validOn(day).stream().filter(other -> other.name().equals(unit.name())).count() == 1;
    }

    /** The unit intervals valid on at least one day of [first, last]. */
    public List<Unit> intervalsOverlapping(LocalDate first, LocalDate last) {
        return intervals.stream()
                .filter(unit -> !unit.validFrom().isAfter(last) && !unit.lastDay().isBefore(first))
                .toList();
    }

    /** The first interval of every code, for per-unit traits that do not change with the interval. */
    public List<Unit> firstIntervals() {
        List<Unit> result = new ArrayList<>();
        String previous = null;
        for (Unit unit : intervals) {
            if (!unit.code().equals(previous)) {
                result.add(unit);
                previous = unit.code();
            }
        }
        return result;
    }
}

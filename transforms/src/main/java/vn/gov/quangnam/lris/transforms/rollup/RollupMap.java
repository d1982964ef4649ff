package vn.gov.quangnam.lris.transforms.rollup;

import vn.gov.quangnam.lris.schema.reference.periods.Period;
import vn.gov.quangnam.lris.schema.reference.units.Unit;
import vn.gov.quangnam.lris.schema.reference.units.UnitCatalogue;
import vn.gov.quangnam.lris.schema.reference.units.UnitLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds, for every period and every unit that existed in it, which units its figures count for, in both
 * hierarchies.
 *
 * <ul>
 *   <li>As reported: the unit's parent on the period's last day, or on the unit's own last day if it ended within
 *       the period (Sơn Viên, abolished 2024-12-31, still counts for Nông Sơn in R2025, which began 2024-12-15).</li>
 *   <li>Current: the unit's place in the tree valid on {@code today}: its own current parent if it still exists;
 *       otherwise its successor's (following successors), or, for a unit that ended without one, the current
 *       equivalent of its last parent (following the parent's successors: Nông Sơn → Quế Sơn).</li>
 * </ul>
 */
public final class RollupMap {
    private final UnitCatalogue units;
    private final LocalDate today;

    public RollupMap(UnitCatalogue units, LocalDate today) {
        this.units = units;
        this.today = today;
    }

    public List<RollupEdge> edges(List<Period> periods) {
        List<RollupEdge> edges = new ArrayList<>();
        for (Period period : periods) {
            Set<String> done = new HashSet<>();
            for (Unit interval : units.units()) {
                if (interval.validFrom().isAfter(period.endDate()) || interval.lastDay().isBefore(period.startDate())
                        || !done.add(interval.code())) {
                    continue;
                }
                LocalDate asOf = lastDayWithin(interval.code(), period);
                Unit inPeriod = units.find(interval.code(), asOf).orElse(interval);
                edges.addAll(edgesOf(Hierarchy.AS_REPORTED, period, inPeriod, asOf));
                currentPlace(inPeriod).ifPresent(current -> edges.addAll(edgesOf(Hierarchy.CURRENT, period, inPeriod.code(), current)));
            }
        }
        return edges;
    }

    private LocalDate lastDayWithin(String code, Period period) {
        LocalDate last = period.startDate();
        for (Unit interval : units.units()) {
            if (interval.code().equals(code) && !interval.validFrom().isAfter(period.endDate())) {
                LocalDate end = interval.lastDay().isBefore(period.endDate()) ? interval.lastDay() : period.endDate();
                if (end.isAfter(last)) {
                    last = end;
                }
            }
        }
        return last;
    }

    private List<RollupEdge> edgesOf(Hierarchy hierarchy, Period period, Unit unit, LocalDate asOf) {
        return edgesOf(hierarchy, period, unit.code(), new Place(unit.level(), unit.code(), unit.parentCode(),
                unit.parentCode() == null ? null : units.find(unit.parentCode(), asOf).map(Unit::parentCode).orElse(null)));
    }

    /**
     * A unit's level and, in one tree, the unit that stands for it (itself, or its successor; null when nothing
     * does) and the codes of its parent and grandparent.
     */
    private record Place(UnitLevel level, String code, String parentCode, String grandparentCode) {
    }

    private List<RollupEdge> edgesOf(Hierarchy hierarchy, Period period, String childCode, Place place) {
        List<RollupEdge> edges = new ArrayList<>();
        String h = hierarchy.code();
        if (place.code() != null) {
            edges.add(new RollupEdge(h, period.id(), childCode, place.code(), place.level().code(), Relation.SELF.code()));
        }
        switch (place.level()) {
            case COMMUNE -> {
                edges.add(new RollupEdge(h, period.id(), childCode, place.parentCode(), UnitLevel.DISTRICT.code(), Relation.COMMUNE_OF_DISTRICT.code()));
                if (place.grandparentCode() != null) {
                    edges.add(new RollupEdge(h, period.id(), childCode, place.grandparentCode(), UnitLevel.PROVINCE.code(), Relation.COMMUNE_OF_PROVINCE.code()));
                }
            }
            case DISTRICT -> edges.add(new RollupEdge(h, period.id(), childCode, place.parentCode(), UnitLevel.PROVINCE.code(), Relation.DISTRICT_OF_PROVINCE.code()));
            case DEPARTMENT -> edges.add(new RollupEdge(h, period.id(), childCode, place.parentCode(), UnitLevel.PROVINCE.code(), Relation.DEPARTMENT_OF_PROVINCE.code()));
            case PROVINCE -> { }
        }
        return edges;
    }

    /** Where a unit stands today: itself if still valid, else through its successor or its last parent's successor. */
    private Optional<Place> currentPlace(Unit unit) {
        Optional<Unit> today = units.find(unit.code(), this.today);
        if (today.isPresent()) {
            return Optional.of(place(today.get()));
        }
        Optional<Unit> successor = currentSuccessor(unit);
        if (successor.isPresent() && successor.get().level() == unit.level()) {
            return Optional.of(place(successor.get()));
        }
        if (unit.parentCode() == null) {
            return Optional.empty();
        }
        Optional<Unit> lastParent = units.find(unit.parentCode(), unit.lastDay());
        return lastParent.flatMap(parent -> units.find(parent.code(), this.today).or(() -> currentSuccessor(parent)))
                .map(parentToday -> new Place(unit.level(), null, parentToday.code(), parentToday.parentCode()));
    }

    private Optional<Unit> currentSuccessor(Unit unit) {
        Unit current = unit;
        for (int hops = 0; hops < 10 && current.successorCode() != null; hops++) {
            Optional<Unit> next = units.find(current.successorCode(), current.lastDay().plusDays(1));
            if (next.isEmpty()) {
                return Optional.empty();
            }
            Optional<Unit> nextToday = units.find(next.get().code(), today);
            if (nextToday.isPresent()) {
                return nextToday;
            }
            current = next.get();
        }
        return Optional.empty();
    }

    private Place place(Unit unit) {
        String grandparent = unit.parentCode() == null ? null
                : units.find(unit.parentCode(), today).map(Unit::parentCode).orElse(null);
        return new Place(unit.level(), unit.code(), unit.parentCode(), grandparent);
    }
}

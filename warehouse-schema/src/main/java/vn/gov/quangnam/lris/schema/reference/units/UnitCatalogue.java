package vn.gov.quangnam.lris.schema.reference.units;

import vn.gov.quangnam.lris.schema.reference.ReferenceDataException;
import vn.gov.quangnam.lris.schema.reference.ReferenceFile;
import vn.gov.quangnam.lris.schema.reference.ReferenceProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All units from the unit files, checked together: no duplicate or overlapping intervals for a code, and every
 * parent and successor existing, at the right level, on every day it is referred to. Answers "which units were valid
 * on this date, and under which parent".
 */
public final class UnitCatalogue {
    private final List<Unit> units;
    private final Map<String, List<Unit>> intervalsByCode;

    private UnitCatalogue(List<Unit> units, Map<String, List<Unit>> intervalsByCode) {
        this.units = List.copyOf(units);
        this.intervalsByCode = intervalsByCode;
    }

    /** Reads and checks the files; throws {@link ReferenceDataException} listing every problem found. */
    public static UnitCatalogue load(List<ReferenceFile> files) {
        List<Unit> units = new ArrayList<>();
        List<ReferenceProblem> problems = new ArrayList<>();
        for (ReferenceFile file : files) {
            try {
                UnitFileReader.read(file, units, problems);
            } catch (ReferenceDataException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
        return of(units);
    }

    /**
     * A catalogue of units already loaded elsewhere (the published {@code mart.dim_units}), checked by the same rules.
     */
    public static UnitCatalogue of(List<Unit> units) {
        List<ReferenceProblem> problems = new ArrayList<>();
        Map<String, List<Unit>> intervalsByCode = new LinkedHashMap<>();
        for (Unit unit : units) {
            intervalsByCode.computeIfAbsent(unit.code(), code -> new ArrayList<>()).add(unit);
        }
        intervalsByCode.values().forEach(intervals -> intervals.sort(Comparator.comparing(Unit::validFrom)));
        checkIntervals(intervalsByCode, problems);
        if (problems.isEmpty()) {
            units.forEach(unit -> checkParent(unit, intervalsByCode, problems));
            units.forEach(unit -> checkSuccessor(unit, intervalsByCode, problems));
        }
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
        return new UnitCatalogue(units, intervalsByCode);
    }

    public List<Unit> units() {
        return units;
    }

    /** The units valid on {@code date}: the unit tree of that day. */
    public List<Unit> validOn(LocalDate date) {
        return units.stream().filter(unit -> unit.isValidOn(date)).toList();
    }

    public List<Unit> validOn(LocalDate date, UnitLevel level) {
        return validOn(date).stream().filter(unit -> unit.level() == level).toList();
    }

    public Optional<Unit> find(String code, LocalDate date) {
        for (Unit unit : intervalsByCode.getOrDefault(code, List.of())) { // a loop, not a stream: once per landed record
            if (unit.isValidOn(date)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /** The province a unit belongs to in its interval (the root of its parent chain). */
    public String provinceOf(Unit unit) {
        Unit current = unit;
        while (current.parentCode() != null) {
            current = find(current.parentCode(), current.validFrom()).orElseThrow();
        }
        return current.code();
    }

    /** The district-level unit a unit belongs to in its interval: itself for a district, empty above districts. */
    public Optional<String> districtOf(Unit unit) {
        return switch (unit.level()) {
            case DISTRICT -> Optional.of(unit.code());
            case COMMUNE -> Optional.of(unit.parentCode());
            case PROVINCE, DEPARTMENT -> Optional.empty();
        };
    }

    private static void checkIntervals(Map<String, List<Unit>> intervalsByCode, List<ReferenceProblem> problems) {
        for (List<Unit> intervals : intervalsByCode.values()) {
            for (int i = 1; i < intervals.size(); i++) {
                Unit previous = intervals.get(i - 1);
                Unit unit = intervals.get(i);
                if (unit.validFrom().equals(previous.validFrom())) {
                    problems.add(problem(unit, "duplicate code " + unit.code() + ": the same code and valid_from "
                            + unit.validFrom() + " are already at " + previous.location()));
                } else if (!unit.validFrom().isAfter(previous.lastDay())) {
                    problems.add(problem(unit, "overlapping validity: " + unit.code() + " is valid from " + unit.validFrom()
                            + " here but also until " + (previous.validTo() == null ? "today (no valid_to)" : previous.validTo())
                            + " at " + previous.location() + "; end the earlier row the day before"));
                }
            }
        }
    }

    /** Walks the child's interval and checks that a parent of the right level is valid on each of its days. */
    private static void checkParent(Unit unit, Map<String, List<Unit>> intervalsByCode, List<ReferenceProblem> problems) {
        if (unit.parentCode() == null) {
            return;
        }
        UnitLevel expectedLevel = unit.level().parentLevel().orElseThrow();
        List<Unit> parents = intervalsByCode.getOrDefault(unit.parentCode(), List.of());
        LocalDate day = unit.validFrom();
        while (!day.isAfter(unit.lastDay())) {
            LocalDate current = day;
            Optional<Unit> parent = parents.stream().filter(candidate -> candidate.isValidOn(current)).findFirst();
            if (parent.isEmpty()) {
                problems.add(problem(unit, "parent " + unit.parentCode() + " of unit " + unit.code()
                        + " does not exist on " + day + (parents.isEmpty() ? " (no unit has that code)" : "")));
                return;
            }
            if (parent.get().level() != expectedLevel) {
                problems.add(problem(unit, "parent " + unit.parentCode() + " of " + unit.level().code() + " " + unit.code()
                        + " is a " + parent.get().level().code() + " on " + day + "; a " + unit.level().code()
                        + " belongs to a " + expectedLevel.code()));
                return;
            }
            if (parent.get().validTo() == null) {
                return;
            }
            day = parent.get().validTo().plusDays(1);
        }
    }

    private static void checkSuccessor(Unit unit, Map<String, List<Unit>> intervalsByCode, List<ReferenceProblem> problems) {
        if (unit.successorCode() == null) {
            return;
        }
        LocalDate firstDayAfter = unit.validTo().plusDays(1);
        boolean exists = intervalsByCode.getOrDefault(unit.successorCode(), List.of()).stream()
                .anyMatch(successor -> successor.isValidOn(firstDayAfter));
        if (!exists) {
            problems.add(problem(unit, "successor " + unit.successorCode() + " of unit " + unit.code()
                    + " does not exist on " + firstDayAfter + ", the day after it ended"));
        }
    }

    private static ReferenceProblem problem(Unit unit, String text) {
        return new ReferenceProblem(unit.sourceFile(), unit.sourceLine(), text);
    }
}

package vn.gov.quangnam.lris.transforms.rollup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roll-up edges with each period's set of edges stored once: every period of one tree of units has the same
 * edges, so a run over years of periods has hundreds of thousands of edges but a handful of distinct sets. Spark
 * ships local rows inside the tasks that scan them; the sets and the period-to-set assignments are small, and the
 * edges are expanded by a join.
 *
 * @param sets        each distinct set of edges, tagged with its index in this list
 * @param assignments each hierarchy and period with the index of its set
 */
public record RollupEdgeSets(List<List<Member>> sets, List<Assignment> assignments) {
    /** An edge without its hierarchy and period. */
    public record Member(String childUnitCode, String ancestorUnitCode, String ancestorLevel, String relation) {
    }

    public record Assignment(String hierarchy, String periodId, int set) {
    }

    public static RollupEdgeSets of(List<RollupEdge> edges) {
        Map<Assignment, List<Member>> byPeriod = new LinkedHashMap<>();
        for (RollupEdge edge : edges) {
            byPeriod.computeIfAbsent(new Assignment(edge.hierarchy(), edge.periodId(), -1), key -> new ArrayList<>())
                    .add(new Member(edge.childUnitCode(), edge.ancestorUnitCode(), edge.ancestorLevel(), edge.relation()));
        }
        Map<List<Member>, Integer> sets = new LinkedHashMap<>();
        List<Assignment> assignments = new ArrayList<>();
        byPeriod.forEach((period, members) -> assignments.add(new Assignment(period.hierarchy(), period.periodId(),
                sets.computeIfAbsent(members, set -> sets.size()))));
        return new RollupEdgeSets(List.copyOf(sets.keySet()), List.copyOf(assignments));
    }

    /** The edges again, hierarchy and period by period. */
    public List<RollupEdge> expand() {
        List<RollupEdge> edges = new ArrayList<>();
        for (Assignment assignment : assignments) {
            for (Member member : sets.get(assignment.set())) {
                edges.add(new RollupEdge(assignment.hierarchy(), assignment.periodId(), member.childUnitCode(),
                        member.ancestorUnitCode(), member.ancestorLevel(), member.relation()));
            }
        }
        return edges;
    }
}

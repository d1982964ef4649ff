package vn.gov.quangnam.lris.transforms.incremental;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Decides which years an incremental run recomputes. The window starts at the earliest of: the year of the last
 * run's as-of day (its running periods are judged again: more of them has elapsed, unfinished dossiers may have
 * become overdue), the earliest year any applied change touched, and the year the user asked for. Anything the
 * published rows cannot be trusted for (no previous publish, new reference data, a new table layout, a run that
 * updated the intermediate layer without publishing, breach runs other than the last run kept, an earlier as-of day)
 * makes it every year.
 */
public final class RecomputeWindowPlanner {
    private RecomputeWindowPlanner() {
    }

    /**
     * @param previous          the state the published mart records, if any
     * @param now               this run's state (as-of, reference, layout, the raw snapshots it reads and the breach
     *                          runs it finds)
     * @param reflectedBeforeRun the raw snapshots the intermediate layer reflected before this run applied changes
     * @param earliestChange    the earliest period year whose contributions this run's changes touched
     * @param requestedFrom     the earliest year the user asked to recompute
     */
    public static RecomputeWindow plan(Optional<PublishedState> previous, PublishedState now,
                                       Map<String, Long> reflectedBeforeRun, OptionalInt earliestChange,
                                       OptionalInt requestedFrom) {
        if (previous.isEmpty()) {
            return RecomputeWindow.everyYear("no previous publish to build on");
        }
        PublishedState last = previous.get();
        if (!last.reference().equals(now.reference())) {
            return RecomputeWindow.everyYear("reference data changed (units, periods, indicators or targets)");
        }
        if (!last.layout().equals(now.layout())) {
            return RecomputeWindow.everyYear("the published tables' partitioning or columns changed");
        }
        if (!last.rawSnapshots().equals(reflectedBeforeRun)) {
            return RecomputeWindow.everyYear("the last run updated the intermediate layer but did not publish");
        }
        if (last.breachRuns() != now.breachRuns()) {
            return RecomputeWindow.everyYear("the breach runs kept for this run are not the ones the last run published");
        }
        if (now.asOf().isBefore(last.asOf())) {
            return RecomputeWindow.everyYear("judged as of " + now.asOf() + ", before the last run's " + last.asOf());
        }
        int from = last.asOf().getYear();
        String reason = "periods running on the last run's as-of day " + last.asOf();
        if (earliestChange.isPresent() && earliestChange.getAsInt() < from) {
            from = earliestChange.getAsInt();
            reason = "new or changed records of " + from;
        }
        if (requestedFrom.isPresent() && requestedFrom.getAsInt() < from) {
            from = requestedFrom.getAsInt();
            reason = "asked to recompute from " + from;
        }
        return RecomputeWindow.fromYear(from, reason);
    }
}

package vn.gov.quangnam.lris.transforms.incremental;

import static java.util.Objects.requireNonNull;

/**
 * The period years a run recomputes and publishes: every year (a rebuild), or the years from {@code fromYear} on.
 * Every figure depends only on the same or earlier periods (flows and stocks at a period's end, year-to-date,
 * projections, consecutive breaches), so the years before the earliest change keep their published rows and the
 * run replaces the rest.
 *
 * @param fromYear the first recomputed year (periods' {@code year}, so R2025-01 belongs to 2025); null for every year
 * @param reason   why, for the log and the run's result line
 */
public record RecomputeWindow(Integer fromYear, String reason) {
    public RecomputeWindow {
        requireNonNull(reason, "reason is null");
    }

    public static RecomputeWindow everyYear(String reason) {
        return new RecomputeWindow(null, reason);
    }

    public static RecomputeWindow fromYear(int year, String reason) {
        return new RecomputeWindow(year, reason);
    }

    public boolean isEveryYear() {
        return fromYear == null;
    }

    /** The first year to compute, given the first year with any data. */
    public int firstComputedYear(int firstDataYear) {
        return isEveryYear() ? firstDataYear : Math.max(firstDataYear, fromYear);
    }

    /** {@code all} or {@code from-2024}, for the result line. */
    public String label() {
        return isEveryYear() ? "all" : "from-" + fromYear;
    }
}

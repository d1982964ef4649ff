package vn.gov.quangnam.lris.transforms.indicators;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Computes every indicator of the catalogue per unit and period against its target and publishes
 * {@code mart.fct_indicator_values}, {@code mart.fct_breaches} and {@code quality.self_reported_gaps}.
 * Options are fluent; {@link #execute()} returns an immutable result.
 */
public interface ComputeIndicatorValues {

    /** The day the figures are judged on (periods ending before it are complete); default today in Hanoi time. */
    ComputeIndicatorValues asOf(LocalDate day);

    /** Rebuild everything instead of recomputing only the slices touched since the last run. */
    ComputeIndicatorValues full(boolean full);

    /** Recompute at least the years from {@code year} on, even when nothing changed in them. */
    ComputeIndicatorValues recomputeFrom(int year);

    /** How long the tables' old snapshots are kept after a publish (default 7 days; see SnapshotRetention). */
    ComputeIndicatorValues snapshotRetention(Duration retention);

    IndicatorValuesResult execute();
}

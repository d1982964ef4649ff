package vn.gov.quangnam.lris.transforms.indicators;

import java.util.Map;

/**
 * What a run of {@link ComputeIndicatorValues} published: rows per published table, statuses counted per indicator
 * and level (for the demo's summary), the snapshot ids of the published tables, how long it took, whether every year
 * was recomputed ({@code full}), the recomputed years ({@code all} or {@code from-2025}) and how many indicator
 * values were recomputed.
 */
public record IndicatorValuesResult(long indicatorValueRows, long breachRows, long gapRows,
                                    Map<String, Map<String, Long>> statusesByIndicatorAndLevel,
                                    Map<String, Long> publishedSnapshots, long elapsedMillis, boolean full,
                                    String window, long recomputedValueRows) {
    public IndicatorValuesResult {
        statusesByIndicatorAndLevel = Map.copyOf(statusesByIndicatorAndLevel);
        publishedSnapshots = Map.copyOf(publishedSnapshots);
    }
}

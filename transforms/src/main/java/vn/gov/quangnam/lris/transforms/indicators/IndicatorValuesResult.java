package vn.gov.quangnam.lris.transforms.indicators;

import java.util.Map;

/**
 * What a run of {@link ComputeIndicatorValues} published: rows per table, statuses counted per indicator and level
 * (for the demo's summary), the snapshot ids of the published tables and how long it took.
 */
public record IndicatorValuesResult(long indicatorValueRows, long breachRows, long gapRows,
                                    Map<String, Map<String, Long>> statusesByIndicatorAndLevel,
                                    Map<String, Long> publishedSnapshots, long elapsedMillis, boolean full) {
    public IndicatorValuesResult {
        statusesByIndicatorAndLevel = Map.copyOf(statusesByIndicatorAndLevel);
        publishedSnapshots = Map.copyOf(publishedSnapshots);
    }
}

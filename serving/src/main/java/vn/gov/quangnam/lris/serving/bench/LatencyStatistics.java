package vn.gov.quangnam.lris.serving.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of one measured operation (a query, an API call), with nearest-rank percentiles; thread-safe. */
public final class LatencyStatistics {
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    public void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    /** Adds every latency of {@code other}, e.g. to report several operations together. */
    public void addAll(LatencyStatistics other) {
        synchronized (other.nanos) {
            nanos.addAll(other.nanos);
        }
    }

    public int count() {
        return nanos.size();
    }

    /** The nearest-rank percentile in milliseconds, e.g. {@code percentile(95)}. */
    public double percentileMillis(int percentile) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
    }
}

package vn.gov.quangnam.lris.transforms.incremental;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * What the published mart was computed from, kept in the summary of {@code mart.fct_indicator_values}' snapshot (the
 * last table a run publishes) so the next run can tell which years it must recompute:
 *
 * @param asOf            the day the figures were judged on: periods that had not ended then are judged again
 * @param reference       the snapshot ids of the reference tables (units, periods, indicators, targets): any change
 *                        means every year is recomputed
 * @param layout          the partition spec ids of the published tables: files of an older layout are rewritten whole
 * @param rawSnapshots    the raw snapshots the run reflected: when the intermediate layer reflects others, a run
 *                        updated it and did not publish (it failed or crashed), so every year is recomputed
 * @param breachRuns      the snapshot of the breach-run lengths the run kept for the next ({@code
 *                        staging.int_breach_runs}, -1 for none): any other means they cannot be trusted, so every year
 *                        is recomputed
 */
public record PublishedState(LocalDate asOf, String reference, String layout, Map<String, Long> rawSnapshots,
                             long breachRuns) {
    public static final String SUMMARY_KEY = "lris.published-state";

    public PublishedState {
        requireNonNull(asOf, "asOf is null");
        requireNonNull(reference, "reference is null");
        requireNonNull(layout, "layout is null");
        rawSnapshots = Map.copyOf(rawSnapshots);
    }

    /** The same state with the breach-run lengths this run published. */
    public PublishedState withBreachRuns(long snapshot) {
        return new PublishedState(asOf, reference, layout, rawSnapshots, snapshot);
    }

    public String encode() {
        return "as-of=" + asOf + "|reference=" + reference + "|layout=" + layout + "|raw="
                + rawSnapshots.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + ":" + entry.getValue()).collect(Collectors.joining(","))
                + "|breach-runs=" + breachRuns;
    }

    /** The state in a snapshot summary; empty when absent or written in another form (then every year is recomputed). */
    public static Optional<PublishedState> decode(String encoded) {
        if (encoded == null) {
            return Optional.empty();
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : encoded.split("\\|")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                return Optional.empty();
            }
            parts.put(part.substring(0, equals), part.substring(equals + 1));
        }
        if (!parts.keySet().containsAll(java.util.List.of("as-of", "reference", "layout", "raw", "breach-runs"))) {
            return Optional.empty();
        }
        Map<String, Long> raw = new LinkedHashMap<>();
        for (String entry : parts.get("raw").split(",")) {
            if (!entry.isEmpty()) {
                int colon = entry.lastIndexOf(':');
                raw.put(entry.substring(0, colon), Long.parseLong(entry.substring(colon + 1)));
            }
        }
        return Optional.of(new PublishedState(LocalDate.parse(parts.get("as-of")), parts.get("reference"),
                parts.get("layout"), raw, Long.parseLong(parts.get("breach-runs"))));
    }
}

package vn.gov.quangnam.lris.simulator.truth;

import vn.gov.quangnam.lris.simulator.Source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What the simulator serves now, for reconciliation: per endpoint and source a {@link FeedTruth}, and the forms
 * written so far. A snapshot: later clock moves and faults do not change it.
 */
public record Truth(long seed, LocalDate clockDay, List<FeedTruth> feeds, Optional<FormsTruth> forms) {
    public Truth {
        requireNonNull(clockDay, "clockDay is null");
        feeds = List.copyOf(feeds);
        requireNonNull(forms, "forms is null");
    }

    public FeedTruth feed(String endpoint, Source source) {
        return feeds.stream().filter(feed -> feed.endpoint().equals(endpoint) && feed.source() == source).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no feed " + endpoint + "/" + source.code()
                        + "; the feeds are " + feeds.stream().map(feed -> feed.endpoint() + "/" + feed.source().code())
                        .toList()));
    }
}

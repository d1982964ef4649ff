package vn.gov.quangnam.lris.simulator.faults;

import vn.gov.quangnam.lris.simulator.EndpointDefinition;
import vn.gov.quangnam.lris.simulator.EndpointLayout;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.generation.RandomStream;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * The faults in force, switchable at run time (Java API here, {@code POST/DELETE /admin/faults} over HTTP). Rules are
 * checked against the endpoint layout when added: an unknown endpoint, a source the endpoint does not serve or a
 * fault that cannot apply there is refused with a message saying what would work.
 */
public final class Faults {
    private final long seed;
    private final EndpointLayout layout;
    private final List<ActiveFault> active = new CopyOnWriteArrayList<>();
    private final Map<String, RecordFaultSelector> selectors = new ConcurrentHashMap<>();
    private final List<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();
    private long nextId = 1;

    public Faults(long seed, EndpointLayout layout) {
        this.seed = seed;
        this.layout = requireNonNull(layout, "layout is null");
    }

    /** Adds a rule; returns its id. */
    public long add(FaultRule rule) {
        return addAll(List.of(rule)).get(0);
    }

    /** Adds the rules together (all or none); returns their ids. */
    public List<Long> addAll(List<FaultRule> rules) {
        List<Long> ids = new ArrayList<>();
        Set<String> changed = new HashSet<>();
        synchronized (this) {
            rules.forEach(this::check);
            List<FaultRule> combined = new ArrayList<>(rules());
            combined.addAll(rules);
            checkShares(combined);
            for (FaultRule rule : rules) {
                long id = nextId++;
                active.add(new ActiveFault(id, rule));
                ids.add(id);
                changed.add(rule.endpoint());
            }
            selectors.clear();
        }
        notifyListeners(changed);
        return ids;
    }

    /** Removes every rule. Data already changed by a {@code shifting_pages} fault stays changed. */
    public void clear() {
        Set<String> changed = new HashSet<>();
        synchronized (this) {
            active.forEach(fault -> changed.add(fault.rule().endpoint()));
            active.clear();
            selectors.clear();
        }
        notifyListeners(changed);
    }

    /** Removes the rules of one endpoint. */
    public void clear(String endpoint) {
        synchronized (this) {
            active.removeIf(fault -> fault.rule().endpoint().equals(endpoint));
            selectors.clear();
        }
        notifyListeners(Set.of(endpoint));
    }

    public List<FaultRule> rules() {
        return active.stream().map(ActiveFault::rule).toList();
    }

    public List<ActiveFault> active() {
        return List.copyOf(active);
    }

    /** Called with the names of the endpoints whose rules changed (the results table is rewritten on such a change). */
    public void addListener(Consumer<Set<String>> listener) {
        listeners.add(requireNonNull(listener, "listener is null"));
    }

    /**
     * The down rule in force for this endpoint and source, if any: every request fails until it is cleared.
     * {@code source} null (a token request) finds only the rules for the whole endpoint.
     */
    public Optional<FaultRule> downRule(String endpoint, Source source) {
        for (ActiveFault fault : active) {
            FaultRule rule = fault.rule();
            if (rule.down() && rule.endpoint().equals(endpoint)
                    && (rule.source() == null || (source != null && rule.source() == source))) {
                fault.countHit();
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * The request fault that hits this request now, if any: the first matching rule (not down) that still has hits
     * left for the request. A {@code shifting_pages} rule without a page hits pages 2 and later only.
     */
    public Optional<FaultRule> nextRequestFault(String endpoint, Source source, int page, String requestKey) {
        for (ActiveFault fault : active) {
            FaultRule rule = fault.rule();
            if (rule.kind().category() != FaultCategory.REQUEST || rule.down() || !rule.matches(endpoint, source)) {
                continue;
            }
            if (rule.page() != null ? rule.page() != page
                    : rule.kind() == FaultKind.SHIFTING_PAGES && page < 2) {
                continue;
            }
            if (fault.tryHit(requestKey)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** Whether a page fault of {@code kind} alters this page: the rule's page, or a deterministic share of pages. */
    public boolean pageFault(String endpoint, Source source, FaultKind kind, int page) {
        for (ActiveFault fault : active) {
            FaultRule rule = fault.rule();
            if (rule.kind() != kind || !rule.matches(endpoint, source)) {
                continue;
            }
            boolean selected = rule.page() != null ? rule.page() == page
                    : RandomStream.unit(RandomStream.hash(seed, kind.ordinal(), page)) < rule.share();
            if (selected) {
                fault.countHit();
                return true;
            }
        }
        return false;
    }

    /** The record-fault selector of one endpoint's source under the rules in force now. */
    public synchronized RecordFaultSelector recordFaults(String endpoint, Source source) {
        return selectors.computeIfAbsent(endpoint + "/" + source.code(), key -> {
            List<FaultRule> rules = active.stream().map(ActiveFault::rule)
                    .filter(rule -> rule.kind().isRecordFault() && rule.matches(endpoint, source))
                    .filter(rule -> rule.kind().appliesTo(source, kindOf(endpoint)))
                    .toList();
            return RecordFaultSelector.of(RandomStream.hash(seed, RandomStream.hash(endpoint), source.ordinal()), rules);
        });
    }

    private vn.gov.quangnam.lris.simulator.EndpointKind kindOf(String endpoint) {
        return layout.endpoint(endpoint).map(EndpointDefinition::kind).orElseThrow();
    }

    private void check(FaultRule rule) {
        EndpointDefinition endpoint = layout.endpoint(rule.endpoint()).orElseThrow(() -> new IllegalArgumentException(
                "fault " + rule.kind().code() + ": no endpoint named '" + rule.endpoint() + "'; the endpoints are "
                        + layout.endpoints().stream().map(EndpointDefinition::name).toList()));
        if (rule.source() != null) {
            if (!endpoint.serves(rule.source())) {
                throw new IllegalArgumentException("fault " + rule.kind().code() + ": endpoint " + endpoint.name()
                        + " does not serve " + rule.source().code() + "; it serves "
                        + endpoint.sources().stream().map(Source::code).sorted().toList());
            }
            if (!rule.kind().appliesTo(rule.source(), endpoint.kind())) {
                throw new IllegalArgumentException("fault " + rule.kind().code() + " cannot apply to "
                        + rule.source().code() + " on " + endpoint.name() + " (" + endpoint.kind().code()
                        + "); see the fault table of the simulator's README for where each fault applies");
            }
        } else if (endpoint.sources().stream().noneMatch(source -> rule.kind().appliesTo(source, endpoint.kind()))) {
            throw new IllegalArgumentException("fault " + rule.kind().code() + " applies to none of the sources of "
                    + endpoint.name() + " (" + endpoint.kind().code() + ")");
        }
    }

    private static void checkShares(List<FaultRule> rules) {
        Map<String, Double> sums = new java.util.HashMap<>();
        for (FaultRule rule : rules) {
            if (!rule.kind().isRecordFault()) {
                continue;
            }
            for (Source source : rule.source() == null ? List.of(Source.values()) : List.of(rule.source())) {
                sums.merge(rule.endpoint() + "/" + source.code(), rule.share(), Double::sum);
            }
        }
        sums.forEach((where, sum) -> {
            if (sum > 1.0 + 1e-9) {
                throw new IllegalArgumentException("the shares of the record faults on " + where + " add up to " + sum
                        + "; each record gets at most one record fault, so they must not exceed 1");
            }
        });
    }

    private void notifyListeners(Set<String> endpoints) {
        if (!endpoints.isEmpty()) {
            listeners.forEach(listener -> listener.accept(Set.copyOf(endpoints)));
        }
    }
}

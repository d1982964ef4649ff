package vn.gov.quangnam.lris.simulator.faults;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static java.util.Objects.requireNonNull;

/** A fault rule in force, with its id (for the admin API) and how often it has hit so far. */
public final class ActiveFault {
    private final long id;
    private final FaultRule rule;
    private final Map<String, Integer> hitsPerRequest = new ConcurrentHashMap<>();
    private final AtomicLong totalHits = new AtomicLong();

    ActiveFault(long id, FaultRule rule) {
        this.id = id;
        this.rule = requireNonNull(rule, "rule is null");
    }

    public long id() {
        return id;
    }

    public FaultRule rule() {
        return rule;
    }

    /** How many requests this rule has failed or altered (for record faults: not counted). */
    public long totalHits() {
        return totalHits.get();
    }

    /** Takes one hit for the request if it has hits left: {@code times} per distinct request, unlimited when down. */
    boolean tryHit(String requestKey) {
        if (rule.down()) {
            totalHits.incrementAndGet();
            return true;
        }
        boolean[] hit = {false};
        hitsPerRequest.compute(requestKey, (key, hits) -> {
            int used = hits == null ? 0 : hits;
            if (used < rule.times()) {
                hit[0] = true;
                return used + 1;
            }
            return used;
        });
        if (hit[0]) {
            totalHits.incrementAndGet();
        }
        return hit[0];
    }

    void countHit() {
        totalHits.incrementAndGet();
    }
}

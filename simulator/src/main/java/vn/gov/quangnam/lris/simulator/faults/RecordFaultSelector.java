package vn.gov.quangnam.lris.simulator.faults;

import vn.gov.quangnam.lris.simulator.generation.RandomStream;

import java.util.List;

/**
 * Picks, for each record (or form file) of one endpoint's source, at most one record fault: a uniform value drawn
 * from the record's identity falls into the cumulative shares of the rules in the order they were added. The same
 * rules always pick the same records.
 */
public final class RecordFaultSelector {
    private static final RecordFaultSelector NONE = new RecordFaultSelector(0, new FaultKind[0], new double[0]);

    private final long salt;
    private final FaultKind[] kinds;
    private final double[] cumulativeShares;

    private RecordFaultSelector(long salt, FaultKind[] kinds, double[] cumulativeShares) {
        this.salt = salt;
        this.kinds = kinds;
        this.cumulativeShares = cumulativeShares;
    }

    static RecordFaultSelector of(long salt, List<FaultRule> rules) {
        if (rules.isEmpty()) {
            return NONE;
        }
        FaultKind[] kinds = new FaultKind[rules.size()];
        double[] cumulative = new double[rules.size()];
        double sum = 0;
        for (int i = 0; i < rules.size(); i++) {
            kinds[i] = rules.get(i).kind();
            sum += rules.get(i).share();
            cumulative[i] = sum;
        }
        return new RecordFaultSelector(salt, kinds, cumulative);
    }

    public boolean isEmpty() {
        return kinds.length == 0;
    }

    /** The fault of the record with this identity (its id in the feed, or a hash of a form file), or null. */
    public FaultKind select(long identity) {
        if (kinds.length == 0) {
            return null;
        }
        double draw = RandomStream.unit(RandomStream.hash(salt, identity));
        for (int i = 0; i < kinds.length; i++) {
            if (draw < cumulativeShares[i]) {
                return kinds[i];
            }
        }
        return null;
    }
}

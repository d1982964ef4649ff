package vn.gov.quangnam.lris.ingestion;

import vn.gov.quangnam.lris.simulator.EndpointKind;
import vn.gov.quangnam.lris.simulator.EndpointDefinition;
import vn.gov.quangnam.lris.simulator.EndpointLayout;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.faults.FaultCategory;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.FaultRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The simulator's record faults (bad and normalisable) switched on for every source of an endpoint that they fit,
 * each on its own slice of the records: what a source sends on a bad day.
 */
public final class DataFaults {
    private DataFaults() {
    }

    /** Every record fault that fits each source of the endpoint, each on {@code share} of its records (forms: files). */
    public static List<FaultRule> everyRecordFault(EndpointDefinition endpoint, double share) {
        List<FaultRule> rules = new ArrayList<>();
        for (Source source : endpoint.sources().stream().sorted().toList()) {
            Arrays.stream(FaultKind.values())
                    .filter(kind -> kind.category() == FaultCategory.BAD || kind.category() == FaultCategory.NORMALISABLE)
                    .filter(kind -> kind.appliesTo(source, endpoint.kind()))
                    .forEach(kind -> rules.add(FaultRule.of(endpoint.name(), source, kind).share(share)));
        }
        return rules;
    }

    /** The rules of {@link #everyRecordFault} for every endpoint of the layout; the forms inbox with {@code formsShare}. */
    public static List<FaultRule> everyRecordFault(EndpointLayout layout, double share, double formsShare) {
        List<FaultRule> rules = new ArrayList<>();
        for (EndpointDefinition endpoint : layout.endpoints()) {
            rules.addAll(everyRecordFault(endpoint, endpoint.kind() == EndpointKind.INBOX_FOLDER ? formsShare : share));
        }
        return rules;
    }
}

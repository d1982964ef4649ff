package vn.gov.quangnam.lris.simulator.truth;

import vn.gov.quangnam.lris.simulator.faults.FaultKind;

import static java.util.Objects.requireNonNull;

/** A record served in a messy but valid form: a correct ingestion accepts it after normalising. */
public record NormalisedRecord(String key, FaultKind fault) {
    public NormalisedRecord {
        requireNonNull(key, "key is null");
        requireNonNull(fault, "fault is null");
    }
}

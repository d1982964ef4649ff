package vn.gov.quangnam.lris.simulator.truth;

import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.QuarantineReason;

import static java.util.Objects.requireNonNull;

/** A record served with a bad value: a correct ingestion quarantines it for {@code reason}. */
public record BadRecord(String key, FaultKind fault, QuarantineReason reason) {
    public BadRecord {
        requireNonNull(key, "key is null");
        requireNonNull(fault, "fault is null");
        requireNonNull(reason, "reason is null");
    }
}

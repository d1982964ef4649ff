package vn.gov.quangnam.lris.simulator.truth;

import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.QuarantineReason;

import static java.util.Objects.requireNonNull;

/** A form row (or, with {@code indicator} null, a whole form file) that a correct ingestion quarantines. */
public record BadFormRow(String fileName, String indicator, FaultKind fault, QuarantineReason reason) {
    public BadFormRow {
        requireNonNull(fileName, "fileName is null");
        requireNonNull(fault, "fault is null");
        requireNonNull(reason, "reason is null");
    }
}

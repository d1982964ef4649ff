package vn.gov.quangnam.lris.simulator.truth;

import vn.gov.quangnam.lris.simulator.faults.FaultKind;

import static java.util.Objects.requireNonNull;

/** A form file in a messy but valid form: a correct ingestion loads all its rows after normalising. */
public record NormalisedFile(String fileName, FaultKind fault) {
    public NormalisedFile {
        requireNonNull(fileName, "fileName is null");
        requireNonNull(fault, "fault is null");
    }
}

package vn.gov.quangnam.lris.simulator.truth;

import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.forms.FormFormat;

import java.time.YearMonth;

import static java.util.Objects.requireNonNull;

/** A form file written into the inbox, with the fault it carries (null: none). */
public record FormFileTruth(String fileName, String unitCode, YearMonth month, FormFormat format, FaultKind fault) {
    public FormFileTruth {
        requireNonNull(fileName, "fileName is null");
        requireNonNull(unitCode, "unitCode is null");
        requireNonNull(month, "month is null");
        requireNonNull(format, "format is null");
    }
}

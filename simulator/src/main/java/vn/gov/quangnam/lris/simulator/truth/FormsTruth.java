package vn.gov.quangnam.lris.simulator.truth;

import java.nio.file.Path;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** Every form file written so far, the rows a correct ingestion loads, and the rows or files it quarantines. */
public record FormsTruth(String endpoint, Path inbox, List<FormFileTruth> files, List<ExpectedFormRow> expectedRows,
                         List<BadFormRow> badRows, List<NormalisedFile> normalisedFiles) {
    public FormsTruth {
        requireNonNull(endpoint, "endpoint is null");
        requireNonNull(inbox, "inbox is null");
        files = List.copyOf(files);
        expectedRows = List.copyOf(expectedRows);
        badRows = List.copyOf(badRows);
        normalisedFiles = List.copyOf(normalisedFiles);
    }
}

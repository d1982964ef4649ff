package vn.gov.quangnam.lris.reports;

import java.nio.file.Path;
import java.util.List;

/** What {@link BreachReports#generate} wrote: the files, the number of breaches in scope, the breached units nobody receives. */
public record GenerationResult(List<Path> files, int breaches, int newBreaches, int atRisk, int resolved,
                               List<String> unitsWithoutRecipient) {
    public GenerationResult {
        files = List.copyOf(files);
        unitsWithoutRecipient = List.copyOf(unitsWithoutRecipient);
    }
}

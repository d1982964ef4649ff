package vn.gov.quangnam.lris.schema.reference;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The reference data (units, indicators, targets) is wrong. Thrown before anything is written, so the warehouse is
 * left exactly as it was; the message lists every problem with its file and line.
 */
public class ReferenceDataException extends RuntimeException {
    private final List<ReferenceProblem> problems;

    public ReferenceDataException(List<ReferenceProblem> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    public ReferenceDataException(ReferenceProblem problem) {
        this(List.of(problem));
    }

    public List<ReferenceProblem> problems() {
        return problems;
    }

    private static String format(List<ReferenceProblem> problems) {
        return "reference data rejected (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "), nothing was changed; correct the file and run 'lris schema apply' again:\n"
                + problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n"));
    }
}

package vn.gov.quangnam.lris.jobs.transforms;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How a transform run ended: its exit code, the {@code RESULT} figures and the {@code STATUS} lines it printed
 * (indicator / level → status counts), and the tail of its error output when it failed.
 */
public record TransformOutcome(int exitCode, Map<String, String> result, List<String> statusLines, Duration elapsed,
                               String errorTail) {
    public TransformOutcome {
        result = Map.copyOf(result);
        statusLines = List.copyOf(statusLines);
    }

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** What went wrong, for a person: exit 3 is a failed data test (nothing published), 2 a setting. */
    public String failure() {
        return switch (exitCode) {
            case 0 -> null;
            case 3 -> "a data test failed, so nothing was published:\n" + errorTail;
            case 2 -> "the transforms were started with a wrong argument or setting:\n" + errorTail;
            default -> "the transforms failed (exit code " + exitCode + "):\n" + errorTail;
        };
    }
}

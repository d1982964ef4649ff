package vn.gov.quangnam.lris.ingestion.common;

import org.springframework.batch.core.step.StepExecution;

/** Keeps the number of quarantined records of a step in its execution context, for status and reconciliation. */
public final class QuarantineCounter {
    public static final String KEY = "lris.quarantined";

    private QuarantineCounter() {
    }

    static void add(StepExecution stepExecution, long count) {
        long current = stepExecution.getExecutionContext().getLong(KEY, 0L);
        stepExecution.getExecutionContext().putLong(KEY, current + count);
    }

    public static long of(StepExecution stepExecution) {
        return stepExecution.getExecutionContext().getLong(KEY, 0L);
    }
}

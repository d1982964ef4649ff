package vn.gov.quangnam.lris.ingestion.common;

import org.springframework.batch.core.step.StepExecution;

/**
 * Counts a step's quarantined records as its filter count (records read and processed but not landed), which the
 * job repository keeps with the other counts, so {@code lris status} and reconciliation can show them.
 */
public final class QuarantineCounter {
    private QuarantineCounter() {
    }

    static void add(StepExecution stepExecution, long count) {
        stepExecution.setFilterCount(stepExecution.getFilterCount() + count);
    }

    public static long of(StepExecution stepExecution) {
        return stepExecution.getFilterCount();
    }
}

package vn.gov.quangnam.lris.jobs.ingestion;

import java.time.Duration;

/** How one endpoint's ingestion run ended, for the CLI and the scheduler's log. */
public record IngestionOutcome(String endpoint, String jobName, Long jobExecutionId, String status, long read, long landed,
                               long quarantined, Duration elapsed, String failure) {

    public boolean failed() {
        return failure != null;
    }

    public double recordsPerSecond() {
        return elapsed.toMillis() == 0 ? read : read * 1000.0 / elapsed.toMillis();
    }

    @Override
    public String toString() {
        return String.format("%-18s %-20s %-10s read %,9d  landed %,9d  quarantined %,7d  %6.1f s  %,8.0f rec/s%s",
                endpoint, jobName, status, read, landed, quarantined, elapsed.toMillis() / 1000.0, recordsPerSecond(),
                failure == null ? "" : "\n    " + failure);
    }
}

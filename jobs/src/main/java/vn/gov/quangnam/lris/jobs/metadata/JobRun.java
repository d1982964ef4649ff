package vn.gov.quangnam.lris.jobs.metadata;

import java.time.LocalDateTime;

/**
 * One run of a Spring Batch job, with the record counts summed over its steps.
 *
 * @param startedAt null while the run has not started; {@code endedAt} is null while it is running
 * @param written records landed in the warehouse
 * @param skipped records quarantined (bad records), or skipped on read, process or write
 */
public record JobRun(String jobName, long executionId, LocalDateTime startedAt, LocalDateTime endedAt,
                     long read, long written, long skipped, String status, String exitCode) {
}

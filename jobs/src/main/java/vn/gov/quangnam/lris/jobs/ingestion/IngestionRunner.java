package vn.gov.quangnam.lris.jobs.ingestion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import vn.gov.quangnam.lris.ingestion.common.QuarantineCounter;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the ingestion job of each configured endpoint, one after the other; a source that fails does not stop the
 * others. A job never overlaps itself, even across service instances: each run holds a PostgreSQL advisory lock
 * named after its endpoint, and a run that finds executions still marked as started while it holds the lock marks
 * them failed (their process died, e.g. killed mid-run; the Iceberg watermark makes the new run resume where the
 * dead one last committed).
 */
@Component
public class IngestionRunner {
    private static final Logger log = LoggerFactory.getLogger(IngestionRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final DataSource metadataDatabase;
    private final IngestionProperties properties;
    private final IngestionEndpoints endpoints;
    private final Clock clock;

    IngestionRunner(JobOperator jobOperator, JobRepository jobRepository, DataSource metadataDatabase,
                    IngestionProperties properties, IngestionEndpoints endpoints, Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.metadataDatabase = metadataDatabase;
        this.properties = properties;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    public List<IngestionProperties.Endpoint> configuredEndpoints() {
        return properties.endpoints();
    }

    /** Runs every endpoint, or those whose name or source is {@code only}. */
    public List<IngestionOutcome> runAll(Optional<String> only) {
        List<IngestionProperties.Endpoint> selected = properties.endpoints().stream()
                .filter(endpoint -> only.isEmpty() || only.get().equals(endpoint.name()) || only.get().equals(endpoint.source()))
                .toList();
        if (only.isPresent() && selected.isEmpty()) {
            throw new IllegalArgumentException("no ingestion endpoint or source is named '" + only.get() + "'; configured: "
                    + properties.endpoints().stream().map(IngestionProperties.Endpoint::name).toList());
        }
        List<IngestionOutcome> outcomes = new ArrayList<>();
        for (IngestionProperties.Endpoint endpoint : selected) {
            outcomes.add(run(endpoint));
        }
        return outcomes;
    }

    public IngestionOutcome run(IngestionProperties.Endpoint endpoint) {
        String jobName = IngestionEndpoints.jobName(endpoint);
        Instant started = clock.instant();
        try (Connection lock = metadataDatabase.getConnection()) {
            if (!tryLock(lock, lockName(endpoint))) {
                return new IngestionOutcome(endpoint.name(), jobName, null, "SKIPPED", 0, 0, 0, Duration.ZERO,
                        "another process is ingesting endpoint " + endpoint.name() + " right now; this run was skipped");
            }
            try {
                markAbandonedExecutions(jobName, endpoint.name());
                Job job = endpoints.jobFor(endpoint);
                JobParameters parameters = new JobParametersBuilder()
                        .addString("endpoint", endpoint.name())
                        .addString("requestedAt", started.toString())
                        .toJobParameters();
                log.info("ingesting {}", endpoint.describe());
                JobExecution execution = jobOperator.start(job, parameters);
                return outcome(endpoint, jobName, execution, started);
            } finally {
                unlock(lock, lockName(endpoint));
            }
        } catch (IllegalArgumentException e) {
            return new IngestionOutcome(endpoint.name(), jobName, null, "NOT RUN", 0, 0, 0, Duration.ZERO, e.getMessage());
        } catch (Exception e) {
            return new IngestionOutcome(endpoint.name(), jobName, null, "FAILED", 0, 0, 0,
                    Duration.between(started, clock.instant()), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private IngestionOutcome outcome(IngestionProperties.Endpoint endpoint, String jobName, JobExecution execution, Instant started) {
        long read = 0;
        long written = 0;
        long quarantined = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            read += step.getReadCount();
            written += step.getWriteCount();
            quarantined += QuarantineCounter.of(step);
        }
        String failure = execution.getStatus() == BatchStatus.COMPLETED ? null
                : execution.getAllFailureExceptions().stream().map(Throwable::getMessage).distinct().reduce((a, b) -> a + "; " + b)
                .orElse("the job ended " + execution.getStatus());
        return new IngestionOutcome(endpoint.name(), jobName, execution.getId(), execution.getStatus().name(), read,
                written - quarantined, quarantined, Duration.between(started, clock.instant()), failure);
    }

    private void markAbandonedExecutions(String jobName, String endpoint) {
        for (JobInstance instance : jobRepository.getJobInstances(jobName, 0, 50)) {
            for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                if (execution.isRunning() && endpoint.equals(execution.getJobParameters().getString("endpoint"))) {
                    execution.setStatus(BatchStatus.FAILED);
                    execution.setExitStatus(ExitStatus.FAILED.addExitDescription(
                            "abandoned: the process running it stopped before it finished; the next run resumed from the watermark"));
                    execution.setEndTime(LocalDateTime.now(clock));
                    jobRepository.update(execution);
                    log.warn("marked execution {} of {} for {} as failed: its process is gone", execution.getId(), jobName, endpoint);
                }
            }
        }
    }

    /** One lock per endpoint and source: an endpoint serving several sources runs one job per source. */
    private static String lockName(IngestionProperties.Endpoint endpoint) {
        return endpoint.source() + ":" + endpoint.name();
    }

    private static boolean tryLock(Connection connection, String endpoint) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
            statement.setString(1, "lris-ingest:" + endpoint);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection connection, String endpoint) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
            statement.setString(1, "lris-ingest:" + endpoint);
            statement.execute();
        }
    }
}

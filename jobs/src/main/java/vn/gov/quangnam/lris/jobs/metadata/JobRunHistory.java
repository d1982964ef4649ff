package vn.gov.quangnam.lris.jobs.metadata;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The most recent job runs, read from Spring Batch's job repository tables in the metadata database. The ingestion
 * steps count quarantined records as filtered: they are read and written to quality.quarantine, not landed.
 */
@Component
public class JobRunHistory {
    private static final String RECENT_RUNS = """
            SELECT i.job_name, e.job_execution_id, e.start_time, e.end_time, e.status, e.exit_code,
                   COALESCE(SUM(s.read_count), 0) AS read_count,
                   COALESCE(SUM(s.write_count - s.filter_count), 0) AS write_count,
                   COALESCE(SUM(s.filter_count + s.read_skip_count + s.process_skip_count + s.write_skip_count), 0) AS skip_count
            FROM batch_job_execution e
            JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
            LEFT JOIN batch_step_execution s ON s.job_execution_id = e.job_execution_id
            GROUP BY i.job_name, e.job_execution_id, e.create_time, e.start_time, e.end_time, e.status, e.exit_code
            ORDER BY e.create_time DESC, e.job_execution_id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    public JobRunHistory(DataSource dataSource) {
        this.jdbc = JdbcClient.create(requireNonNull(dataSource, "dataSource is null"));
    }

    /** The latest {@code limit} runs of every job, newest first. */
    public List<JobRun> recentRuns(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return jdbc.sql(RECENT_RUNS).param("limit", limit)
                .query((row, number) -> new JobRun(row.getString("job_name"), row.getLong("job_execution_id"),
                        toLocal(row.getTimestamp("start_time")), toLocal(row.getTimestamp("end_time")),
                        row.getLong("read_count"), row.getLong("write_count"), row.getLong("skip_count"),
                        row.getString("status"), row.getString("exit_code")))
                .list();
    }

    private static LocalDateTime toLocal(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}

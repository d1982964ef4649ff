package vn.gov.quangnam.lris.jobs.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import vn.gov.quangnam.lris.jobs.TestLris;
import vn.gov.quangnam.lris.localstack.postgres.LocalPostgres;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;

import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class StatusCommandIT {
    @TempDir
    Path home;

    @Test
    void aFreshDatabaseHasNoJobRuns(CapturedOutput output) {
        String database = TestPostgres.createDatabase("status_fresh");

        assertThat(TestLris.run(home, database, "status")).as("stderr:%n%s", output.getErr()).isZero();

        assertThat(output.getOut()).isEqualTo("no job runs yet\n");
    }

    @Test
    void listsARunWithItsCountsSummedOverItsSteps(CapturedOutput output) throws Exception {
        String database = TestPostgres.createDatabase("status_one_run");
        assertThat(TestLris.run(home, database, "status")).as("creates the job repository; stderr:%n%s", output.getErr()).isZero();
        recordRun(database);

        assertThat(TestLris.run(home, database, "status")).isZero();

        assertThat(output.getOut().lines().filter(line -> line.startsWith("onestopIngestJob")))
                .singleElement().satisfies(line -> assertThat(line.split("\\s+"))
                        .containsExactly("onestopIngestJob", "2024-03-05", "08:30:00", "2024-03-05", "08:31:10",
                                "150", "140", "4", "COMPLETED"));
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2(CapturedOutput output) {
        String database = TestPostgres.createDatabase("status_usage");

        assertThat(TestLris.run(home, database, "status", "--bogus")).isEqualTo(2);

        assertThat(output.getErr()).contains("Unknown option: '--bogus'").contains("Usage: lris status");
    }

    /** Writes one finished run of two steps through Spring Batch's own job repository. */
    private static void recordRun(String database) throws Exception {
        LocalPostgres server = TestPostgres.shared();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database, server.user(), server.password());
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(new JdbcTransactionManager(dataSource));
        factory.afterPropertiesSet();
        JobRepository repository = factory.getObject();

        JobParameters parameters = new JobParametersBuilder().addString("source", "onestop-tamky").toJobParameters();
        JobInstance instance = repository.createJobInstance("onestopIngestJob", parameters);
        JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStartTime(LocalDateTime.of(2024, 3, 5, 8, 30, 0));
        execution.setStatus(BatchStatus.STARTED);
        repository.update(execution);
        recordStep(repository, execution, "onestopDossierStep", 100, 97, 3);
        recordStep(repository, execution, "onestopAttachmentStep", 50, 43, 1);
        execution.setStatus(BatchStatus.COMPLETED);
        execution.setExitStatus(ExitStatus.COMPLETED);
        execution.setEndTime(LocalDateTime.of(2024, 3, 5, 8, 31, 10));
        repository.update(execution);
    }

    private static void recordStep(JobRepository repository, JobExecution execution, String name, long read,
                                   long written, long skipped) {
        StepExecution step = repository.createStepExecution(name, execution);
        step.setStartTime(execution.getStartTime());
        step.setReadCount(read);
        step.setWriteCount(written);
        step.setProcessSkipCount(skipped);
        step.setStatus(BatchStatus.COMPLETED);
        step.setEndTime(LocalDateTime.of(2024, 3, 5, 8, 31, 0));
        repository.update(step);
    }

}

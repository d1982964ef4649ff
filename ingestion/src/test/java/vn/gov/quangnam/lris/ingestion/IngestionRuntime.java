package vn.gov.quangnam.lris.ingestion;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.support.JdbcTransactionManager;
import vn.gov.quangnam.lris.ingestion.common.IngestStepFactory;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;
import vn.gov.quangnam.lris.schema.reference.ReferenceData;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;

import java.time.Clock;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * What the jobs service gives the ingestion jobs, built by hand on a warehouse of {@link TestWarehouses}: the Iceberg
 * catalog, a JDBC job repository in the same PostgreSQL database, a job operator that runs each job in the calling
 * thread, the step factory with the given chunk size, and the bundled reference data.
 */
public final class IngestionRuntime implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final JdbcCatalog catalog;
    private final JobRepository jobRepository;
    private final TaskExecutorJobOperator jobOperator;
    private final IngestStepFactory steps;
    private final ReferenceData reference;

    private IngestionRuntime(WarehouseCatalogSettings settings, int chunkSize) throws Exception {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(settings.jdbcUrl());
        pool.setUsername(settings.user());
        pool.setPassword(settings.password());
        pool.setMaximumPoolSize(4);
        pool.setPoolName("lris-ingestion-test-batch");
        this.dataSource = new HikariDataSource(pool);
        JdbcTransactionManager transactionManager = new JdbcTransactionManager(dataSource);
        JdbcJobRepositoryFactoryBean repository = new JdbcJobRepositoryFactoryBean();
        repository.setDataSource(dataSource);
        repository.setTransactionManager(transactionManager);
        repository.afterPropertiesSet();
        this.jobRepository = repository.getObject();
        this.jobOperator = new TaskExecutorJobOperator();
        jobOperator.setJobRepository(jobRepository);
        jobOperator.setJobRegistry(new MapJobRegistry());
        jobOperator.setTaskExecutor(new SyncTaskExecutor());
        jobOperator.afterPropertiesSet();
        this.catalog = WarehouseCatalogs.open(settings);
        this.steps = new IngestStepFactory(jobRepository, transactionManager, catalog, Clock.systemUTC(), chunkSize);
        this.reference = ReferenceData.load(ReferenceFiles.bundled());
    }

    public static IngestionRuntime open(WarehouseCatalogSettings settings, int chunkSize) {
        requireNonNull(settings, "settings is null");
        try {
            return new IngestionRuntime(settings, chunkSize);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the job repository on " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    /** Runs the job to its end in this thread, as a new job instance (a scheduled run), and returns its execution. */
    public JobExecution run(Job job) {
        JobParameters parameters = new JobParametersBuilder()
                .addString("run", UUID.randomUUID().toString())
                .toJobParameters();
        try {
            return jobOperator.start(job, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("job " + job.getName() + " could not be started: " + e.getMessage(), e);
        }
    }

    public IngestStepFactory steps() {
        return steps;
    }

    public JdbcCatalog catalog() {
        return catalog;
    }

    public UnitResolver units() {
        return new UnitResolver(reference.units());
    }

    public ReferenceData reference() {
        return reference;
    }

    @Override
    public void close() {
        try {
            catalog.close();
        } finally {
            dataSource.close();
        }
    }
}

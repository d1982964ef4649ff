package vn.gov.quangnam.lris.ingestion.common;

import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.TableIdentifier;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.PlatformTransactionManager;
import vn.gov.quangnam.lris.ingestion.rest.RestEndpoint;
import vn.gov.quangnam.lris.ingestion.rest.RestPagingReader;
import vn.gov.quangnam.lris.ingestion.rest.RestSourceClient;

import java.time.Clock;

import static java.util.Objects.requireNonNull;

/**
 * Builds the chunk steps of the ingestion jobs: a reader of one endpoint, the {@link SourceRecordProcessor} with the
 * source's mapper, and the {@link RawLandingWriter}. One chunk is one Iceberg commit, so the chunk size trades commit
 * overhead against how much a crash makes the next run read again.
 */
public final class IngestStepFactory {
    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final Catalog catalog;
    private final Clock clock;
    private final int chunkSize;

    public IngestStepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager, Catalog catalog,
                             Clock clock, int chunkSize) {
        this.jobRepository = requireNonNull(jobRepository, "jobRepository is null");
        this.transactionManager = requireNonNull(transactionManager, "transactionManager is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.clock = requireNonNull(clock, "clock is null");
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, was " + chunkSize);
        }
        this.chunkSize = chunkSize;
    }

    /** A step reading {@code resource} of a REST endpoint by its watermark into {@code rawTable}. */
    public Step restStep(String stepName, RestEndpoint endpoint, String resource, RecordMapper mapper, TableIdentifier rawTable) {
        RawTableAppender appender = new RawTableAppender(catalog, rawTable, mapper.source());
        SourceTimestamps timestamps = timestamps();
        RestPagingReader reader = new RestPagingReader(new RestSourceClient(endpoint), resource, mapper.keyField(),
                timestamps, () -> appender.committedWatermark(endpoint.name()));
        return step(stepName, endpoint.name(), reader, mapper, appender, timestamps);
    }

    /** A step with any reader of source records (JDBC, files) into {@code rawTable}. */
    public Step step(String stepName, String endpointName, ItemStreamReader<SourceRecord> reader, RecordMapper mapper,
                     RawTableAppender appender, SourceTimestamps timestamps) {
        RawLandingWriter writer = new RawLandingWriter(appender, endpointName, clock);
        return new StepBuilder(stepName, jobRepository)
                .<SourceRecord, ProcessedRecord>chunk(chunkSize, transactionManager)
                .reader(reader)
                .processor(new SourceRecordProcessor(mapper, timestamps))
                .writer(writer)
                .listener(writer)
                .allowStartIfComplete(true)
                .build();
    }

    public RawTableAppender appender(TableIdentifier rawTable, String source) {
        return new RawTableAppender(catalog, rawTable, source);
    }

    public SourceTimestamps timestamps() {
        return new SourceTimestamps(SourceTimestamps.DEFAULT_ZONE, clock.instant());
    }

    public JobRepository jobRepository() {
        return jobRepository;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Clock clock() {
        return clock;
    }
}

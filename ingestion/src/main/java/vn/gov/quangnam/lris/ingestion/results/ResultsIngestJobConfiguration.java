package vn.gov.quangnam.lris.ingestion.results;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import vn.gov.quangnam.lris.ingestion.common.IngestStepFactory;
import vn.gov.quangnam.lris.ingestion.common.RawTableAppender;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;
import vn.gov.quangnam.lris.ingestion.rest.RestEndpoint;
import vn.gov.quangnam.lris.schema.tables.RawResultsTable;

/**
 * {@code resultsIngestJob}: pulls one results register into {@code raw.procedure_results}, over REST
 * ({@code /api/v1/ketqua}, step {@code resultsRestStep}) or from a database table (step {@code resultsJdbcStep}).
 */
public final class ResultsIngestJobConfiguration {
    public static final String JOB_NAME = "resultsIngestJob";
    public static final String REST_STEP = "resultsRestStep";
    public static final String JDBC_STEP = "resultsJdbcStep";

    private ResultsIngestJobConfiguration() {
    }

    public static Job job(IngestStepFactory steps, UnitResolver units, RestEndpoint endpoint) {
        return new JobBuilder(JOB_NAME, steps.jobRepository())
                .start(steps.restStep(REST_STEP, endpoint, "ketqua", new ResultMapper(units), RawResultsTable.IDENTIFIER))
                .build();
    }

    public static Job job(IngestStepFactory steps, UnitResolver units, JdbcResultsSource source) {
        RawTableAppender appender = steps.appender(RawResultsTable.IDENTIFIER, "results");
        JdbcResultsReader reader = new JdbcResultsReader(source, () -> appender.committedWatermark(source.name()));
        return new JobBuilder(JOB_NAME, steps.jobRepository())
                .start(steps.step(JDBC_STEP, source.name(), reader, new ResultMapper(units), appender, steps.timestamps()))
                .build();
    }
}

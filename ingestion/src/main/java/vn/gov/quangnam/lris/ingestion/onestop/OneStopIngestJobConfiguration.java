package vn.gov.quangnam.lris.ingestion.onestop;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import vn.gov.quangnam.lris.ingestion.common.IngestStepFactory;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;
import vn.gov.quangnam.lris.ingestion.rest.RestEndpoint;
import vn.gov.quangnam.lris.schema.tables.RawOneStopDossiersTable;

/**
 * {@code oneStopIngestJob}: pulls the dossiers of one one-stop-shop endpoint ({@code GET /api/v1/hoso}) into
 * {@code raw.onestop_dossiers}, by watermark, quarantining bad records.
 */
public final class OneStopIngestJobConfiguration {
    public static final String JOB_NAME = "oneStopIngestJob";
    public static final String STEP_NAME = "oneStopDossiersStep";

    private OneStopIngestJobConfiguration() {
    }

    public static Job job(IngestStepFactory steps, UnitResolver units, RestEndpoint endpoint) {
        return new JobBuilder(JOB_NAME, steps.jobRepository())
                .start(steps.restStep(STEP_NAME, endpoint, "hoso", new OneStopDossierMapper(units), RawOneStopDossiersTable.IDENTIFIER))
                .build();
    }
}

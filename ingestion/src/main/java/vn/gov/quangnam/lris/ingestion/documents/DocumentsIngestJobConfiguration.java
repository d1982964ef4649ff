package vn.gov.quangnam.lris.ingestion.documents;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import vn.gov.quangnam.lris.ingestion.common.IngestStepFactory;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;
import vn.gov.quangnam.lris.ingestion.rest.RestEndpoint;
import vn.gov.quangnam.lris.schema.tables.RawDocumentsTable;
import vn.gov.quangnam.lris.schema.tables.RawWorkRecordsTable;

/**
 * {@code documentsIngestJob}: pulls one document-management endpoint: documents ({@code /api/v1/vanban}) into
 * {@code raw.documents}, then work records ({@code /api/v1/hosocongviec}) into {@code raw.work_records}.
 */
public final class DocumentsIngestJobConfiguration {
    public static final String JOB_NAME = "documentsIngestJob";
    public static final String DOCUMENTS_STEP = "documentsDocumentsStep";
    public static final String WORK_RECORDS_STEP = "documentsWorkRecordsStep";

    private DocumentsIngestJobConfiguration() {
    }

    public static Job job(IngestStepFactory steps, UnitResolver units, RestEndpoint endpoint) {
        return new JobBuilder(JOB_NAME, steps.jobRepository())
                .start(steps.restStep(DOCUMENTS_STEP, endpoint, "vanban", new DocumentMapper(units), RawDocumentsTable.IDENTIFIER))
                .next(steps.restStep(WORK_RECORDS_STEP, endpoint, "hosocongviec", new WorkRecordMapper(units), RawWorkRecordsTable.IDENTIFIER))
                .build();
    }
}

package vn.gov.quangnam.lris.ingestion.forms;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import vn.gov.quangnam.lris.ingestion.common.IngestStepFactory;
import vn.gov.quangnam.lris.ingestion.common.RawTableAppender;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;
import vn.gov.quangnam.lris.schema.reference.indicators.IndicatorCatalogue;
import vn.gov.quangnam.lris.schema.tables.QuarantineTable;
import vn.gov.quangnam.lris.schema.tables.RawReportFormsTable;

import java.nio.file.Path;

/**
 * {@code reportFormsIngestJob}: reads the self-reported monthly forms (CSV, XLSX) of one inbox folder into
 * {@code raw.report_form_rows}, quarantining bad rows, unreadable files and forms sent twice.
 */
public final class ReportFormsIngestJobConfiguration {
    public static final String JOB_NAME = "reportFormsIngestJob";
    public static final String STEP_NAME = "reportFormsFilesStep";

    private ReportFormsIngestJobConfiguration() {
    }

    public static Job job(IngestStepFactory steps, UnitResolver units, IndicatorCatalogue indicators, String endpoint, Path inbox) {
        RawTableAppender appender = steps.appender(RawReportFormsTable.IDENTIFIER, ReportFormsReader.SOURCE);
        ReportFormsReader reader = new ReportFormsReader(endpoint, inbox,
                () -> steps.catalog().loadTable(RawReportFormsTable.IDENTIFIER),
                () -> steps.catalog().loadTable(QuarantineTable.IDENTIFIER));
        return new JobBuilder(JOB_NAME, steps.jobRepository())
                .start(steps.step(STEP_NAME, endpoint, reader, new ReportFormRowMapper(units, indicators), appender, steps.timestamps()))
                .build();
    }
}

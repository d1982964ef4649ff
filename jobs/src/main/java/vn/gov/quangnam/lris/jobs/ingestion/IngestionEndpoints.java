package vn.gov.quangnam.lris.jobs.ingestion;

import org.springframework.batch.core.job.Job;
import vn.gov.quangnam.lris.ingestion.common.IngestStepFactory;
import vn.gov.quangnam.lris.ingestion.common.UnitResolver;
import vn.gov.quangnam.lris.ingestion.documents.DocumentsIngestJobConfiguration;
import vn.gov.quangnam.lris.ingestion.forms.ReportFormsIngestJobConfiguration;
import vn.gov.quangnam.lris.ingestion.onestop.OneStopIngestJobConfiguration;
import vn.gov.quangnam.lris.ingestion.rest.RestEndpoint;
import vn.gov.quangnam.lris.ingestion.results.JdbcResultsSource;
import vn.gov.quangnam.lris.ingestion.results.ResultsIngestJobConfiguration;
import vn.gov.quangnam.lris.schema.reference.indicators.IndicatorCatalogue;

import java.net.URI;
import java.nio.file.Path;

/** Builds the Spring Batch job of a configured endpoint, checking that the endpoint has what its source needs. */
final class IngestionEndpoints {
    private final IngestStepFactory steps;
    private final UnitResolver units;
    private final IndicatorCatalogue indicators;

    IngestionEndpoints(IngestStepFactory steps, UnitResolver units, IndicatorCatalogue indicators) {
        this.steps = steps;
        this.units = units;
        this.indicators = indicators;
    }

    Job jobFor(IngestionProperties.Endpoint endpoint) {
        return switch (endpoint.source()) {
            case "onestop" -> OneStopIngestJobConfiguration.job(steps, units, rest(endpoint));
            case "documents" -> DocumentsIngestJobConfiguration.job(steps, units, rest(endpoint));
            case "results" -> endpoint.jdbcUrl() != null
                    ? ResultsIngestJobConfiguration.job(steps, units, new JdbcResultsSource(endpoint.name(), endpoint.jdbcUrl(),
                    required(endpoint, "jdbc-user", endpoint.jdbcUser()), endpoint.jdbcPassword() == null ? "" : endpoint.jdbcPassword(),
                    endpoint.table(), endpoint.pageSize()))
                    : ResultsIngestJobConfiguration.job(steps, units, rest(endpoint));
            case "report_forms" -> ReportFormsIngestJobConfiguration.job(steps, units, indicators, endpoint.name(),
                    Path.of(required(endpoint, "folder", endpoint.folder())));
            default -> throw new IllegalArgumentException("endpoint " + endpoint.name() + ": unknown source " + endpoint.source());
        };
    }

    static String jobName(IngestionProperties.Endpoint endpoint) {
        return switch (endpoint.source()) {
            case "onestop" -> OneStopIngestJobConfiguration.JOB_NAME;
            case "documents" -> DocumentsIngestJobConfiguration.JOB_NAME;
            case "results" -> ResultsIngestJobConfiguration.JOB_NAME;
            default -> ReportFormsIngestJobConfiguration.JOB_NAME;
        };
    }

    private static RestEndpoint rest(IngestionProperties.Endpoint endpoint) {
        return new RestEndpoint(endpoint.name(), URI.create(required(endpoint, "url", endpoint.url())),
                required(endpoint, "client-id", endpoint.clientId()), required(endpoint, "client-secret", endpoint.clientSecret()),
                endpoint.pageSize(), endpoint.requestTimeout(), endpoint.maxAttempts(), endpoint.initialBackoff());
    }

    private static String required(IngestionProperties.Endpoint endpoint, String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("lris.ingestion endpoint '" + endpoint.name() + "' (" + endpoint.source()
                    + ") has no " + key + "; set it in the configuration (secrets through the environment)");
        }
        return value;
    }
}

package vn.gov.quangnam.lris.ingestion;

import org.springframework.batch.core.job.Job;
import vn.gov.quangnam.lris.ingestion.documents.DocumentsIngestJobConfiguration;
import vn.gov.quangnam.lris.ingestion.forms.ReportFormsIngestJobConfiguration;
import vn.gov.quangnam.lris.ingestion.onestop.OneStopIngestJobConfiguration;
import vn.gov.quangnam.lris.ingestion.rest.RestEndpoint;
import vn.gov.quangnam.lris.ingestion.results.JdbcResultsSource;
import vn.gov.quangnam.lris.ingestion.results.ResultsIngestJobConfiguration;
import vn.gov.quangnam.lris.simulator.EndpointKind;
import vn.gov.quangnam.lris.simulator.ResultsDatabase;
import vn.gov.quangnam.lris.simulator.SimulatorEndpoint;
import vn.gov.quangnam.lris.simulator.Source;

import java.net.URI;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The ingestion jobs of a running simulator's endpoints, configured as a deployment configures them from
 * {@code lris.ingestion.endpoints}: REST endpoints by base URL and client credentials, the results table by JDBC URL,
 * the forms by inbox folder. Every call builds a new job, as the jobs service does for each run.
 */
public final class SimulatorJobs {
    private final IngestionRuntime runtime;
    private final List<SimulatorEndpoint> endpoints;
    private final RestSettings rest;
    private final ResultsDatabase resultsDatabase;

    /**
     * How the REST endpoints are read: page size, per-request timeout, attempts per page and the first backoff.
     * {@link #fast()} keeps the tests quick: 200 records a page, 5 s, 6 attempts, 20 ms.
     */
    public record RestSettings(int pageSize, Duration requestTimeout, int maxAttempts,
                               Duration initialBackoff) {
        public static RestSettings fast() {
            return new RestSettings(200, Duration.ofSeconds(5), 6, Duration.ofMillis(20));
        }

        public RestSettings withPageSize(int value) {
            return new RestSettings(value, requestTimeout, maxAttempts, initialBackoff);
        }

        public RestSettings withRequestTimeout(Duration value) {
            return new RestSettings(pageSize, value, maxAttempts, initialBackoff);
        }

        public RestSettings withMaxAttempts(int value) {
            return new RestSettings(pageSize, requestTimeout, value, initialBackoff);
        }
    }

    /** A job and the endpoint it reads, for reports and messages. */
    public record EndpointJob(String endpoint, Job job) {
    }

    public SimulatorJobs(IngestionRuntime runtime, List<SimulatorEndpoint> endpoints, RestSettings rest,
                         ResultsDatabase resultsDatabase) {
        this.runtime = requireNonNull(runtime, "runtime is null");
        this.endpoints = List.copyOf(endpoints);
        this.rest = requireNonNull(rest, "rest is null");
        this.resultsDatabase = resultsDatabase;
    }

    public SimulatorJobs withRest(RestSettings settings) {
        return new SimulatorJobs(runtime, endpoints, settings, resultsDatabase);
    }

    public Job oneStop(String endpoint) {
        return OneStopIngestJobConfiguration.job(runtime.steps(), runtime.units(), restEndpoint(endpoint));
    }

    public Job documents(String endpoint) {
        return DocumentsIngestJobConfiguration.job(runtime.steps(), runtime.units(), restEndpoint(endpoint));
    }

    /** The results job of a REST endpoint, or of a PostgreSQL-table endpoint through JDBC. */
    public Job results(String endpoint) {
        SimulatorEndpoint source = endpoint(endpoint);
        if (source.kind() == EndpointKind.POSTGRES_TABLE) {
            requireNonNull(resultsDatabase, "the results database's credentials are needed for endpoint " + endpoint);
            return ResultsIngestJobConfiguration.job(runtime.steps(), runtime.units(), new JdbcResultsSource(endpoint,
                    source.location(), resultsDatabase.user(), resultsDatabase.password(), "ket_qua_tthc", rest.pageSize()));
        }
        return ResultsIngestJobConfiguration.job(runtime.steps(), runtime.units(), restEndpoint(endpoint));
    }

    public Job forms(String endpoint) {
        return ReportFormsIngestJobConfiguration.job(runtime.steps(), runtime.units(), runtime.reference().indicators(),
                endpoint, Path.of(endpoint(endpoint).location()));
    }

    /** Every job of every endpoint: one-stop, documents and results per REST endpoint, the table, the forms. */
    public List<EndpointJob> all() {
        List<EndpointJob> jobs = new ArrayList<>();
        for (SimulatorEndpoint endpoint : endpoints) {
            if (endpoint.sources().contains(Source.DOSSIERS)) {
                jobs.add(new EndpointJob(endpoint.name(), oneStop(endpoint.name())));
            }
            if (endpoint.sources().contains(Source.DOCUMENTS)) {
                jobs.add(new EndpointJob(endpoint.name(), documents(endpoint.name())));
            }
            if (endpoint.sources().contains(Source.RESULTS)) {
                jobs.add(new EndpointJob(endpoint.name(), results(endpoint.name())));
            }
            if (endpoint.sources().contains(Source.FORMS)) {
                jobs.add(new EndpointJob(endpoint.name(), forms(endpoint.name())));
            }
        }
        return jobs;
    }

    public RestEndpoint restEndpoint(String name) {
        SimulatorEndpoint endpoint = endpoint(name);
        if (endpoint.kind() != EndpointKind.REST) {
            throw new IllegalArgumentException("endpoint " + name + " is " + endpoint.kind() + ", not REST");
        }
        return new RestEndpoint(name, URI.create(endpoint.location()), endpoint.clientId(), endpoint.clientSecret(),
                rest.pageSize(), rest.requestTimeout(), rest.maxAttempts(), rest.initialBackoff());
    }

    private SimulatorEndpoint endpoint(String name) {
        return endpoints.stream().filter(endpoint -> endpoint.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the simulator has no endpoint " + name + "; it has "
                        + endpoints.stream().map(SimulatorEndpoint::name).toList()));
    }
}

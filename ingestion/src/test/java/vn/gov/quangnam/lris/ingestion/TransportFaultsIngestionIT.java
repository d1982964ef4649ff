package vn.gov.quangnam.lris.ingestion;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import vn.gov.quangnam.lris.ingestion.documents.DocumentsIngestJobConfiguration;
import vn.gov.quangnam.lris.ingestion.onestop.OneStopIngestJobConfiguration;
import vn.gov.quangnam.lris.ingestion.rest.RestEndpoint;
import vn.gov.quangnam.lris.ingestion.results.ResultsIngestJobConfiguration;
import vn.gov.quangnam.lris.simulator.Simulator;
import vn.gov.quangnam.lris.simulator.SimulatorEndpoint;
import vn.gov.quangnam.lris.simulator.SimulatorSettings;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.FaultRule;
import vn.gov.quangnam.lris.simulator.truth.Truth;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every transport fault of the simulator, on a real endpoint, one at a time: the job retries, renews its token,
 * skips duplicates and survives records moving while it reads, completes, and lands exactly the truth. Each case
 * reads under its own ingestion endpoint name (its own watermark and lineage) so that the cases share one warehouse.
 */
class TransportFaultsIngestionIT {
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);
    private static final Duration NORMAL_TIMEOUT = Duration.ofSeconds(5);

    private static Simulator simulator;
    private static IngestionRuntime runtime;
    private static TruthReconciliation reconciliation;

    /**
     * A fault and how the endpoint is read. A page size of 1 makes every other request ask for page 2 (each page
     * holds a single instant), the only way to reach the faults that hit pages 2 and later.
     */
    record FaultCase(FaultRule rule, int pageSize, Duration requestTimeout) {
        String landedAs() {
            return "faulty-" + rule.kind().code().replace('_', '-') + (rule.page() == null ? "" : "-page-" + rule.page());
        }

        @Override
        public String toString() {
            return rule.describe() + (rule.page() == null ? "" : " on page " + rule.page()) + ", pages of " + pageSize;
        }
    }

    static Stream<FaultCase> transportFaults() {
        return Stream.of(
                new FaultCase(FaultRule.of("tamky", Source.DOSSIERS, FaultKind.HTTP_429).retryAfterSeconds(1), 200, NORMAL_TIMEOUT),
                new FaultCase(FaultRule.of("province", Source.DOSSIERS, FaultKind.HTTP_500).times(2), 500, NORMAL_TIMEOUT),
                new FaultCase(FaultRule.of("hoian", Source.DOSSIERS, FaultKind.HTTP_503).retryAfterSeconds(1), 100, NORMAL_TIMEOUT),
                new FaultCase(FaultRule.of("tamky", Source.DOCUMENTS, FaultKind.TIMEOUT).delay(Duration.ofSeconds(2)), 50, SHORT_TIMEOUT),
                new FaultCase(FaultRule.of("province", Source.DOCUMENTS, FaultKind.TRUNCATED_JSON), 500, NORMAL_TIMEOUT),
                new FaultCase(FaultRule.of("province", Source.RESULTS, FaultKind.INVALID_JSON), 500, NORMAL_TIMEOUT),
                new FaultCase(FaultRule.of("province", Source.WORK_RECORDS, FaultKind.EMPTY_PAGE), 200, NORMAL_TIMEOUT),
                new FaultCase(FaultRule.of("hoian", Source.DOCUMENTS, FaultKind.EXPIRED_TOKEN), 50, NORMAL_TIMEOUT),
                new FaultCase(FaultRule.of("province", Source.RESULTS, FaultKind.SHIFTING_PAGES).onPage(1), 100, NORMAL_TIMEOUT),
                new FaultCase(FaultRule.of("province", Source.DOSSIERS, FaultKind.DUPLICATE_IN_PAGE), 200, NORMAL_TIMEOUT));
    }

    /**
     * The faults of pages 2 and later, with pages of one record: every page then holds a single instant, so a reader
     * that paged on at an instant would ask for page 2 after every record (and skip records that shift meanwhile).
     */
    static Stream<FaultCase> laterPageFaults() {
        return Stream.of(
                new FaultCase(FaultRule.of("tamky", Source.WORK_RECORDS, FaultKind.SHIFTING_PAGES), 1, NORMAL_TIMEOUT),
                new FaultCase(FaultRule.of("hoian", Source.WORK_RECORDS, FaultKind.DUPLICATE_ACROSS_PAGES), 1, NORMAL_TIMEOUT));
    }

    @BeforeAll
    static void start() {
        runtime = IngestionRuntime.open(TestWarehouses.create("ingestion_transport_faults"), 500);
        simulator = Simulator.start(SimulatorSettings.defaults()
                .withRange(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 8))
                .withScale(0.2));
        reconciliation = new TruthReconciliation(new WarehouseContents(runtime.catalog()));
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    @AfterEach
    void clearFaults() {
        simulator.faults().clear();
    }

    @Test
    void everyTransportFaultKindHasACase() {
        assertThat(Stream.concat(transportFaults(), laterPageFaults()).map(faultCase -> faultCase.rule().kind()).distinct())
                .containsExactlyInAnyOrder(FaultKind.HTTP_429, FaultKind.HTTP_500, FaultKind.HTTP_503, FaultKind.TIMEOUT,
                        FaultKind.TRUNCATED_JSON, FaultKind.INVALID_JSON, FaultKind.EMPTY_PAGE, FaultKind.EXPIRED_TOKEN,
                        FaultKind.SHIFTING_PAGES, FaultKind.DUPLICATE_IN_PAGE, FaultKind.DUPLICATE_ACROSS_PAGES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transportFaults")
    void theJobCompletesAndLandsExactlyTheTruth(FaultCase faultCase) {
        FaultRule rule = faultCase.rule();
        simulator.faults().add(rule);

        JobExecution execution = runtime.run(job(faultCase));

        assertThat(execution.getStatus()).as("%s", execution.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(simulator.faults().active()).as("the fault was served").singleElement()
                .satisfies(fault -> assertThat(fault.totalHits()).isPositive());
        Truth truth = simulator.truth();
        for (Source source : sourcesOf(rule.source())) {
            reconciliation.assertLandedExactly(truth.feed(rule.endpoint(), source), faultCase.landedAs());
            reconciliation.assertQuarantinedOnce(truth.feed(rule.endpoint(), source), faultCase.landedAs());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laterPageFaults")
    void theReaderNeverAsksForPageTwoSoFaultsOfLaterPagesCannotReachIt(FaultCase faultCase) {
        FaultRule rule = faultCase.rule();
        simulator.faults().add(rule);

        JobExecution execution = runtime.run(job(faultCase));

        assertThat(execution.getStatus()).as("%s", execution.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(simulator.faults().active()).as("requests for page 2 or later").singleElement()
                .satisfies(fault -> assertThat(fault.totalHits()).isZero());
        Truth truth = simulator.truth();
        for (Source source : sourcesOf(rule.source())) {
            reconciliation.assertLandedExactly(truth.feed(rule.endpoint(), source), faultCase.landedAs());
            reconciliation.assertQuarantinedOnce(truth.feed(rule.endpoint(), source), faultCase.landedAs());
        }
    }

    private static Job job(FaultCase faultCase) {
        SimulatorEndpoint source = simulator.endpoint(faultCase.rule().endpoint());
        RestEndpoint endpoint = new RestEndpoint(faultCase.landedAs(), URI.create(source.location()), source.clientId(),
                source.clientSecret(), faultCase.pageSize(), faultCase.requestTimeout(), 6, Duration.ofMillis(20));
        return switch (faultCase.rule().source()) {
            case DOSSIERS -> OneStopIngestJobConfiguration.job(runtime.steps(), runtime.units(), endpoint);
            case DOCUMENTS, WORK_RECORDS -> DocumentsIngestJobConfiguration.job(runtime.steps(), runtime.units(), endpoint);
            case RESULTS -> ResultsIngestJobConfiguration.job(runtime.steps(), runtime.units(), endpoint);
            case FORMS -> throw new IllegalArgumentException("forms are files, not a transport");
        };
    }

    /** The feeds a job reads: the documents job reads documents and work records. */
    private static List<Source> sourcesOf(Source faulted) {
        return faulted == Source.DOCUMENTS || faulted == Source.WORK_RECORDS
                ? List.of(Source.DOCUMENTS, Source.WORK_RECORDS) : List.of(faulted);
    }
}

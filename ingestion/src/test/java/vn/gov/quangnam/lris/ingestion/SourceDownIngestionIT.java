package vn.gov.quangnam.lris.ingestion;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import vn.gov.quangnam.lris.ingestion.common.Watermark;
import vn.gov.quangnam.lris.simulator.EndpointLayout;
import vn.gov.quangnam.lris.simulator.Simulator;
import vn.gov.quangnam.lris.simulator.SimulatorSettings;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.FaultRule;
import vn.gov.quangnam.lris.simulator.truth.FeedTruth;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A source that goes down in the middle of a run and stays down: its job fails with a message naming the endpoint,
 * the page and the watermark the next run resumes from; exactly the committed chunks are visible; another endpoint's
 * job runs meanwhile; and once the source is back the next run completes with no loss and no duplicate.
 */
class SourceDownIngestionIT {
    /** Small chunks, so that the run commits many times and the source goes down between two of them. */
    private static final int CHUNK_SIZE = 20;

    private static Simulator simulator;
    private static IngestionRuntime runtime;
    private static SimulatorJobs jobs;
    private static WarehouseContents warehouse;
    private static TruthReconciliation reconciliation;
    private static List<FaultRule> tamkyDataFaults;

    @BeforeAll
    static void start() {
        runtime = IngestionRuntime.open(TestWarehouses.create("ingestion_source_down"), CHUNK_SIZE);
        EndpointLayout layout = EndpointLayout.restOnly();
        tamkyDataFaults = DataFaults.everyRecordFault(layout.endpoint("tamky").orElseThrow(), 0.03);
        simulator = Simulator.start(SimulatorSettings.defaults()
                .withRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10))
                .withScale(0.5)
                .withLayout(layout)
                .withInitialFaults(tamkyDataFaults));
        jobs = new SimulatorJobs(runtime, simulator.endpoints(),
                SimulatorJobs.RestSettings.fast().withPageSize(50).withMaxAttempts(3), null);
        warehouse = new WarehouseContents(runtime.catalog());
        reconciliation = new TruthReconciliation(warehouse);
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

    @Test
    void aSourceThatGoesDownFailsItsJobWithWhereItResumesAndTheNextRunCompletesWithoutLossOrDuplicate() {
        CompletableFuture<JobExecution> tamky = CompletableFuture.supplyAsync(() -> runtime.run(jobs.oneStop("tamky")));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> !warehouse.watermark(RawFeed.DOSSIERS, "tamky").equals(Watermark.INITIAL));
        simulator.faults().add(FaultRule.down("tamky", FaultKind.HTTP_503));

        JobExecution failed = tamky.orTimeout(60, TimeUnit.SECONDS).join();

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        Watermark committed = warehouse.watermark(RawFeed.DOSSIERS, "tamky");
        assertThat(failed.getAllFailureExceptions()).singleElement().satisfies(failure -> assertThat(failure.getMessage())
                .startsWith("source tamky: page 1 of hoso")
                .contains("returned HTTP 503 after 3 tries")
                .endsWith("the watermark stays at " + committed.instant() + "; the next run resumes there"));
        FeedTruth truth = simulator.truth().feed("tamky", Source.DOSSIERS);
        assertThat(landedVersions("tamky")).as("exactly the records of the committed chunks")
                .isEqualTo(acceptedVersionsCoveredBy(truth, committed))
                .isNotEmpty()
                .hasSizeLessThan(truth.acceptedCount());

        JobExecution hoian = runtime.run(jobs.oneStop("hoian"));

        assertThat(hoian.getStatus()).as("another endpoint, while tamky is down").isEqualTo(BatchStatus.COMPLETED);
        reconciliation.assertLandedExactly(simulator.truth().feed("hoian", Source.DOSSIERS));

        simulator.faults().clear("tamky");
        simulator.faults().addAll(tamkyDataFaults); // the same rules pick the same bad records
        JobExecution resumed = runtime.run(jobs.oneStop("tamky"));

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        FeedTruth afterwards = simulator.truth().feed("tamky", Source.DOSSIERS);
        reconciliation.assertLandedExactly(afterwards);
        reconciliation.assertQuarantinedOnce(afterwards);
    }

    private static Set<String> landedVersions(String endpoint) {
        return warehouse.landed(RawFeed.DOSSIERS, endpoint).stream().map(row -> row.key() + "@" + row.updatedAt())
                .collect(Collectors.toSet());
    }

    private static Set<String> acceptedVersionsCoveredBy(FeedTruth truth, Watermark watermark) {
        Set<String> bad = truth.badKeys();
        return truth.records().stream()
                .filter(record -> !bad.contains(record.key()))
                .filter(record -> watermark.covers(record.key(), record.updatedAt().toInstant()))
                .map(record -> record.key() + "@" + record.updatedAt().toInstant())
                .collect(Collectors.toSet());
    }
}

package vn.gov.quangnam.lris.ingestion;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import vn.gov.quangnam.lris.ingestion.common.Watermark;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.simulator.EndpointLayout;
import vn.gov.quangnam.lris.simulator.Simulator;
import vn.gov.quangnam.lris.simulator.SimulatorEndpoint;
import vn.gov.quangnam.lris.simulator.SimulatorSettings;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.truth.FeedTruth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A crash in the middle of a run: an ingestion in another JVM is killed with SIGKILL after it has committed some
 * chunks; the next run, in this JVM, completes, and the raw table and the quarantine hold each record exactly once.
 */
class CrashRestartIngestionIT {
    /** Small chunks in the killed JVM, so that it commits often and is still running when it is killed. */
    private static final int KILLED_CHUNK_SIZE = 50;
    private static final int PAGE_SIZE = 100;

    private static WarehouseCatalogSettings settings;
    private static Simulator simulator;
    private static IngestionRuntime runtime;
    private static WarehouseContents warehouse;

    @BeforeAll
    static void start() {
        settings = TestWarehouses.create("ingestion_crash_restart");
        EndpointLayout layout = EndpointLayout.restOnly();
        simulator = Simulator.start(SimulatorSettings.defaults()
                .withRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10))
                .withScale(0.5)
                .withLayout(layout)
                .withInitialFaults(DataFaults.everyRecordFault(layout.endpoint("province").orElseThrow(), 0.02)));
        runtime = IngestionRuntime.open(settings, 1000);
        warehouse = new WarehouseContents(runtime.catalog());
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
    void aRunKilledAfterItsFirstCommitsIsCompletedByTheNextRunWithoutLossOrDuplicate() throws Exception {
        FeedTruth truth = simulator.truth().feed("province", Source.DOSSIERS);
        Path log = Files.createTempFile("lris-killed-ingestion", ".log");
        Process killed = startIngestionInAnotherJvm(simulator.endpoint("province"), log);
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                    .failFast("the ingestion JVM ended before it was killed: " + tail(log), () -> !killed.isAlive())
                    .until(() -> warehouse.snapshotCount(RawFeed.DOSSIERS.table()) >= 2);
        } finally {
            killed.destroyForcibly();
        }
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        Watermark afterCrash = warehouse.watermark(RawFeed.DOSSIERS, "province");
        assertThat(warehouse.landed(RawFeed.DOSSIERS, "province")).as("landed before the kill").isNotEmpty()
                .hasSizeLessThan(truth.acceptedCount());
        assertThat(afterCrash).isNotEqualTo(Watermark.INITIAL);

        JobExecution resumed = runtime.run(new SimulatorJobs(runtime, simulator.endpoints(),
                SimulatorJobs.RestSettings.fast().withPageSize(PAGE_SIZE), null).oneStop("province"));

        assertThat(resumed.getStatus()).as("%s", resumed.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
        TruthReconciliation reconciliation = new TruthReconciliation(warehouse);
        reconciliation.assertLandedExactly(truth);
        reconciliation.assertQuarantinedOnce(truth);
    }

    private static Process startIngestionInAnotherJvm(SimulatorEndpoint endpoint, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                SeparateJvmIngestion.class.getName(),
                settings.jdbcUrl(), settings.user(), settings.warehouseLocation(),
                endpoint.name(), endpoint.location(), endpoint.clientId(), endpoint.clientSecret(),
                String.valueOf(KILLED_CHUNK_SIZE), String.valueOf(PAGE_SIZE)));
        builder.environment().put(SeparateJvmIngestion.PASSWORD_VARIABLE, settings.password());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

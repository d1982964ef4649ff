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
import vn.gov.quangnam.lris.simulator.truth.FeedTruth;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one moment a chunk is half visible: its bad records are committed to the quarantine, then its rows cannot be
 * committed (here the raw table's data folder is blocked by a file, which stops even root). The next run reads the
 * chunk again, from other query positions (another page size), lands its rows and does not quarantine its bad
 * records a second time.
 */
class HalfCommittedChunkIngestionIT {
    private static Simulator simulator;
    private static IngestionRuntime runtime;
    private static SimulatorJobs jobs;
    private static WarehouseContents warehouse;

    @BeforeAll
    static void start() {
        runtime = IngestionRuntime.open(TestWarehouses.create("ingestion_half_committed_chunk"), 100);
        EndpointLayout layout = EndpointLayout.restOnly();
        simulator = Simulator.start(SimulatorSettings.defaults()
                .withRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10))
                .withScale(0.2)
                .withLayout(layout)
                .withInitialFaults(DataFaults.everyRecordFault(layout.endpoint("hoian").orElseThrow(), 0.04)));
        jobs = new SimulatorJobs(runtime, simulator.endpoints(), SimulatorJobs.RestSettings.fast(), null);
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
    void badRecordsQuarantinedByAChunkWhoseRowsFailedAreNotQuarantinedAgainByTheNextRun() throws Exception {
        Path dataFolder = Path.of(URI.create(runtime.catalog().loadTable(RawFeed.DOSSIERS.table()).location() + "/data"));
        Files.createDirectories(dataFolder.getParent());
        Files.writeString(dataFolder, "not a folder");

        JobExecution failed = runtime.run(jobs.withRest(SimulatorJobs.RestSettings.fast().withPageSize(30)).oneStop("hoian"));

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions()).singleElement().satisfies(failure -> assertThat(failure)
                .hasMessage("Failed to create Parquet file")
                .hasRootCauseMessage("Parent path is not a directory: file:" + dataFolder));
        assertThat(warehouse.quarantined("onestop", "hoian")).as("bad records of the failed chunk").isNotEmpty();
        assertThat(warehouse.landed(RawFeed.DOSSIERS, "hoian")).as("rows of the failed chunk").isEmpty();
        assertThat(warehouse.watermark(RawFeed.DOSSIERS, "hoian")).isEqualTo(Watermark.INITIAL);

        Files.delete(dataFolder);
        JobExecution resumed = runtime.run(jobs.withRest(SimulatorJobs.RestSettings.fast().withPageSize(70)).oneStop("hoian"));

        assertThat(resumed.getStatus()).as("%s", resumed.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
        FeedTruth truth = simulator.truth().feed("hoian", Source.DOSSIERS);
        TruthReconciliation reconciliation = new TruthReconciliation(warehouse);
        reconciliation.assertLandedExactly(truth);
        reconciliation.assertQuarantinedOnce(truth);
    }
}

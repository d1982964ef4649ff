package vn.gov.quangnam.lris.ingestion;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.tables.RawReportFormsTable;
import vn.gov.quangnam.lris.simulator.EndpointLayout;
import vn.gov.quangnam.lris.simulator.ResultsDatabase;
import vn.gov.quangnam.lris.simulator.Simulator;
import vn.gov.quangnam.lris.simulator.SimulatorSettings;
import vn.gov.quangnam.lris.simulator.truth.FeedTruth;
import vn.gov.quangnam.lris.simulator.truth.Truth;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs are idempotent and incremental: running the same jobs again lands nothing and quarantines nothing (the
 * watermarks), and after the simulator's clock moves a day, a run lands exactly the records that are new or changed
 * (and the month's forms, written when February ends on Thursday the 29th): the warehouse again reconciles with the
 * truth, and a run after that changes nothing either.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalIngestionIT {
    /** Several chunks per feed and for the forms: what one chunk committed, a later chunk must not forget. */
    private static final int CHUNK_SIZE = 100;

    private static Simulator simulator;
    private static IngestionRuntime runtime;
    private static SimulatorJobs jobs;
    private static WarehouseContents warehouse;
    private static TruthReconciliation reconciliation;

    @BeforeAll
    static void ingestOnce() {
        WarehouseCatalogSettings settings = TestWarehouses.create("ingestion_incremental");
        ResultsDatabase resultsDatabase = new ResultsDatabase(TestWarehouses.createSourceDatabase("ingestion_incremental_sources"),
                TestPostgres.shared().user(), TestPostgres.shared().password());
        Path inbox = TestWarehouses.temporaryFolder("lris-forms-inbox");
        EndpointLayout layout = EndpointLayout.standard(resultsDatabase, inbox);
        simulator = Simulator.start(SimulatorSettings.defaults()
                .withRange(LocalDate.of(2024, 2, 20), LocalDate.of(2024, 2, 28))
                .withScale(0.1)
                .withLayout(layout)
                .withInitialFaults(DataFaults.everyRecordFault(layout, 0.03, 0.08)));
        runtime = IngestionRuntime.open(settings, CHUNK_SIZE);
        jobs = new SimulatorJobs(runtime, simulator.endpoints(), SimulatorJobs.RestSettings.fast(), resultsDatabase);
        warehouse = new WarehouseContents(runtime.catalog());
        reconciliation = new TruthReconciliation(warehouse);
        assertThat(runAll()).allSatisfy(execution -> assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED));
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
    @Order(1)
    void aSecondRunOfTheSameJobsLandsNothingAndQuarantinesNothing() {
        assertARunChangesNothing();
    }

    @Test
    @Order(2)
    void afterADayARunLandsExactlyTheNewAndChangedRecordsAndTheEndedMonthsForms() {
        Truth before = simulator.truth();
        assertThat(before.forms().orElseThrow().files()).as("no month has ended yet").isEmpty();
        simulator.advanceDay();
        Truth after = simulator.truth();

        List<JobExecution> executions = runAll();

        assertThat(executions).allSatisfy(execution -> assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED));
        Set<Long> thisRun = executions.stream().map(JobExecution::getId).collect(Collectors.toSet());
        for (FeedTruth feed : after.feeds()) {
            Set<String> acceptedBefore = acceptedVersions(before.feed(feed.endpoint(), feed.source()));
            Set<String> newOrChanged = acceptedVersions(feed);
            newOrChanged.removeAll(acceptedBefore);
            Set<String> landedNow = warehouse.landed(RawFeed.of(feed.source()), feed.endpoint()).stream()
                    .filter(row -> thisRun.contains(row.jobExecutionId()))
                    .map(row -> row.key() + "@" + row.updatedAt())
                    .collect(Collectors.toSet());
            assertThat(newOrChanged).as("new and changed records of %s/%s", feed.endpoint(), feed.source()).isNotEmpty();
            assertThat(landedNow).as("rows landed for %s/%s by the incremental run", feed.endpoint(), feed.source())
                    .isEqualTo(newOrChanged);
            reconciliation.assertLandedExactly(feed);
            reconciliation.assertQuarantinedOnce(feed);
        }
        assertThat(after.forms().orElseThrow().files()).as("February's forms").isNotEmpty();
        reconciliation.assertFormsReconcile(after.forms().orElseThrow());
    }

    @Test
    @Order(3)
    void aRunAfterTheIncrementalOneLandsNothingAndQuarantinesNothingNotEvenFromTheFormsStillInTheInbox() {
        assertThat(warehouse.quarantined("report_forms", "forms")).isNotEmpty();
        assertARunChangesNothing();
        reconciliation.assertFormsReconcile(simulator.truth().forms().orElseThrow());
    }

    private static void assertARunChangesNothing() {
        List<String> landedBefore = allLandedVersions();
        List<QuarantinedRecord> quarantinedBefore = warehouse.quarantined();
        assertThat(landedBefore).isNotEmpty();
        assertThat(quarantinedBefore).isNotEmpty();

        List<JobExecution> executions = runAll();

        assertThat(executions).allSatisfy(execution -> assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED));
        Set<Long> thisRun = executions.stream().map(JobExecution::getId).collect(Collectors.toSet());
        assertThat(warehouse.quarantined()).as("records quarantined again by a run that found nothing new")
                .filteredOn(record -> thisRun.contains(record.jobExecutionId())).isEmpty();
        assertThat(warehouse.quarantined()).hasSameSizeAs(quarantinedBefore);
        assertThat(allLandedVersions()).containsExactlyInAnyOrderElementsOf(landedBefore);
        Truth truth = simulator.truth();
        truth.feeds().forEach(reconciliation::assertLandedExactly);
        truth.feeds().forEach(reconciliation::assertQuarantinedOnce);
    }

    private static List<JobExecution> runAll() {
        List<JobExecution> executions = new ArrayList<>();
        for (SimulatorJobs.EndpointJob job : jobs.all()) {
            executions.add(runtime.run(job.job()));
        }
        return executions;
    }

    private static List<String> allLandedVersions() {
        List<String> versions = new ArrayList<>();
        for (RawFeed feed : RawFeed.values()) {
            for (String endpoint : List.of("province", "tamky", "hoian", "dienban-results")) {
                warehouse.landed(feed, endpoint).forEach(row -> versions.add(feed + " " + row.version()));
            }
        }
        warehouse.rows(RawReportFormsTable.IDENTIFIER).forEach(row -> versions.add(row.getField("file_name") + "#" + row.getField("row_number")));
        return versions;
    }

    private static Set<String> acceptedVersions(FeedTruth feed) {
        Set<String> bad = feed.badKeys();
        return feed.records().stream().filter(record -> !bad.contains(record.key()))
                .map(record -> record.key() + "@" + record.updatedAt().toInstant())
                .collect(Collectors.toSet());
    }
}

package vn.gov.quangnam.lris.ingestion;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.simulator.EndpointLayout;
import vn.gov.quangnam.lris.simulator.ResultsDatabase;
import vn.gov.quangnam.lris.simulator.Simulator;
import vn.gov.quangnam.lris.simulator.SimulatorSettings;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.FaultRule;
import vn.gov.quangnam.lris.simulator.truth.FeedTruth;
import vn.gov.quangnam.lris.simulator.truth.NormalisedRecord;
import vn.gov.quangnam.lris.simulator.truth.RecordTruth;
import vn.gov.quangnam.lris.simulator.truth.Truth;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All four sources, every endpoint of the standard layout (three REST systems, Điện Bàn's results table over JDBC,
 * the forms inbox), every record fault of the simulator on a slice of the records and duplicated records on pages:
 * one run of every job lands exactly the simulator's truth and quarantines exactly its bad records.
 */
class EndToEndIngestionIT {
    private static final double RECORD_FAULT_SHARE = 0.02;
    private static final double FORM_FAULT_SHARE = 0.08;

    private static Simulator simulator;
    private static IngestionRuntime runtime;
    private static Truth truth;
    private static TruthReconciliation reconciliation;
    private static WarehouseContents warehouse;
    private static final Map<String, JobExecution> executions = new LinkedHashMap<>();

    @BeforeAll
    static void ingestEverything() {
        WarehouseCatalogSettings settings = TestWarehouses.create("ingestion_end_to_end");
        ResultsDatabase resultsDatabase = new ResultsDatabase(TestWarehouses.createSourceDatabase("ingestion_end_to_end_sources"),
                TestPostgres.shared().user(), TestPostgres.shared().password());
        Path inbox = TestWarehouses.temporaryFolder("lris-forms-inbox");
        EndpointLayout layout = EndpointLayout.standard(resultsDatabase, inbox);
        List<FaultRule> faults = new ArrayList<>(DataFaults.everyRecordFault(layout, RECORD_FAULT_SHARE, FORM_FAULT_SHARE));
        faults.add(FaultRule.of("province", Source.DOSSIERS, FaultKind.DUPLICATE_IN_PAGE).share(0.5));
        faults.add(FaultRule.of("province", Source.DOCUMENTS, FaultKind.DUPLICATE_ACROSS_PAGES));
        faults.add(FaultRule.of("tamky", Source.WORK_RECORDS, FaultKind.DUPLICATE_IN_PAGE));
        simulator = Simulator.start(SimulatorSettings.defaults()
                .withRange(LocalDate.of(2024, 2, 24), LocalDate.of(2024, 3, 4))
                .withScale(0.2)
                .withLayout(layout)
                .withInitialFaults(faults));
        runtime = IngestionRuntime.open(settings, 500);
        SimulatorJobs jobs = new SimulatorJobs(runtime, simulator.endpoints(), SimulatorJobs.RestSettings.fast(), resultsDatabase);
        for (SimulatorJobs.EndpointJob job : jobs.all()) {
            executions.put(job.endpoint() + "/" + job.job().getName(), runtime.run(job.job()));
        }
        truth = simulator.truth();
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
    void everyJobOfEveryEndpointCompletes() {
        assertThat(executions).hasSize(3 + 3 + 1 + 1 + 1); // one-stop and documents x3, results over REST and JDBC, forms
        executions.forEach((job, execution) -> assertThat(execution.getStatus())
                .as("%s: %s", job, execution.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED));
    }

    @Test
    void everyFeedLandsExactlyItsAcceptedRecordsInTheirLatestVersion() {
        assertThat(truth.feeds()).hasSize(3 * 3 + 2);
        for (FeedTruth feed : truth.feeds()) {
            reconciliation.assertLandedExactly(feed);
        }
    }

    @Test
    void everyBadRecordIsQuarantinedOnceWithTheReasonOfItsFault() {
        Set<String> reasons = truth.feeds().stream().flatMap(feed -> feed.badRecords().stream())
                .map(bad -> bad.reason().code()).collect(Collectors.toSet());
        assertThat(reasons).containsExactlyInAnyOrder("unknown_unit", "date_out_of_range", "impossible_number", "unparseable");
        for (FeedTruth feed : truth.feeds()) {
            assertThat(feed.badRecords()).as("bad records of %s/%s", feed.endpoint(), feed.source()).isNotEmpty();
            reconciliation.assertQuarantinedOnce(feed);
        }
    }

    @Test
    void textSentInNfdLandsInNfc() {
        FeedTruth dossiers = truth.feed("province", Source.DOSSIERS);
        Set<String> nfdKeys = keysWith(dossiers, FaultKind.NFD_TEXT);
        assertThat(nfdKeys).isNotEmpty();
        List<LandedRow> rows = warehouse.landed(RawFeed.DOSSIERS, "province");
        Set<String> fieldsOfCleanRecords = rows.stream().filter(row -> !nfdKeys.contains(row.key()))
                .map(row -> (String) row.columns().getField("procedure_field")).collect(Collectors.toSet());
        List<String> fieldsOfNfdRecords = rows.stream().filter(row -> nfdKeys.contains(row.key()))
                .map(row -> (String) row.columns().getField("procedure_field")).toList();
        assertThat(fieldsOfNfdRecords).hasSize(nfdKeys.size())
                .allSatisfy(field -> assertThat(Normalizer.isNormalized(field, Normalizer.Form.NFC)).as(field).isTrue())
                .allSatisfy(field -> assertThat(fieldsOfCleanRecords).contains(field));
        assertThat(fieldsOfNfdRecords).anySatisfy(field -> assertThat(field).isNotEqualTo(
                Normalizer.normalize(field, Normalizer.Form.NFD)));
    }

    @Test
    void recordsWithPaddedLowerCaseCodesOrLocalOrCompactTimestampsLandWithTheirUnitAndUtcInstants() {
        for (FeedTruth feed : truth.feeds()) {
            RawFeed rawFeed = RawFeed.of(feed.source());
            Map<String, LandedRow> landed = warehouse.landed(rawFeed, feed.endpoint()).stream()
                    .collect(Collectors.toMap(LandedRow::key, row -> row, (a, b) -> a.updatedAt().isAfter(b.updatedAt()) ? a : b));
            Map<String, RecordTruth> served = feed.recordsByKey();
            for (FaultKind kind : List.of(FaultKind.PADDED_LOWERCASE_CODE, FaultKind.LOCAL_TIMESTAMP, FaultKind.COMPACT_TIMESTAMP)) {
                if (!kind.appliesTo(feed.source(), feed.kind())) {
                    continue;
                }
                Set<String> keys = keysWith(feed, kind);
                assertThat(keys).as("%s records of %s/%s", kind, feed.endpoint(), feed.source()).isNotEmpty();
                for (String key : keys) {
                    RecordTruth expected = served.get(key);
                    assertThat(landed).as("%s sent with %s", key, kind).containsKey(key);
                    LandedRow row = landed.get(key);
                    assertThat(rawFeed.unitCode(row.columns())).as("unit of %s sent with %s", key, kind).isEqualTo(expected.unitCode());
                    assertThat(row.updatedAt()).as("updated_at of %s sent with %s", key, kind).isEqualTo(expected.updatedAt().toInstant());
                    assertThat(rawFeed.businessDate(row.columns())).as("business date of %s sent with %s", key, kind)
                            .isEqualTo(expected.businessDate());
                }
            }
        }
    }

    @Test
    void formsLandTheExpectedRowsAndQuarantineTheBadForms() {
        var forms = truth.forms().orElseThrow();
        assertThat(forms.badRows().stream().map(bad -> bad.fault().code()).collect(Collectors.toSet()))
                .contains("unknown_unit", "numerator_exceeds_denominator", "duplicate_form");
        assertThat(forms.normalisedFiles()).isNotEmpty();
        reconciliation.assertFormsReconcile(forms);
    }

    private static Set<String> keysWith(FeedTruth feed, FaultKind kind) {
        return feed.normalisedRecords().stream().filter(record -> record.fault() == kind)
                .map(NormalisedRecord::key).collect(Collectors.toSet());
    }
}

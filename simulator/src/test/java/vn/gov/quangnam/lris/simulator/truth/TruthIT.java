package vn.gov.quangnam.lris.simulator.truth;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.simulator.EndpointKind;
import vn.gov.quangnam.lris.simulator.RestClient;
import vn.gov.quangnam.lris.simulator.Simulator;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.TestSimulators;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.FaultRule;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The truth says what the REST pages return: every key with its latest update, and the counts per unit and day. */
class TruthIT {
    private static final Map<Source, String> BUSINESS_DATE = Map.of(Source.DOSSIERS, "ngayTiepNhan",
            Source.DOCUMENTS, "ngayBanHanh", Source.WORK_RECORDS, "ngayMo", Source.RESULTS, "ngayCap");
    private static final Map<Source, String> UNIT = Map.of(Source.DOSSIERS, "maDonVi", Source.DOCUMENTS, "maDonViGui",
            Source.WORK_RECORDS, "maDonVi", Source.RESULTS, "maDonVi");
    private static Simulator simulator;
    private static RestClient client;

    @BeforeAll
    static void start() {
        simulator = Simulator.start(TestSimulators.small().withInitialFaults(List.of(
                FaultRule.of("province", Source.DOSSIERS, FaultKind.UNKNOWN_UNIT).share(0.02),
                FaultRule.of("tamky", Source.DOCUMENTS, FaultKind.NEGATIVE_NUMBER).share(0.05))));
        client = new RestClient(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void everyFeedServesExactlyTheTruthsKeysLatestUpdatesAndCounts() {
        Truth truth = simulator.truth();
        assertThat(truth.feeds()).hasSize(10);
        for (FeedTruth feed : truth.feeds()) {
            assertThat(feed.kind()).isEqualTo(EndpointKind.REST);
            List<JsonNode> records = client.readAll(feed.endpoint(), feed.source(), null, 5000);
            Map<String, RecordTruth> expected = feed.recordsByKey();
            assertThat(records).as(feed.endpoint() + "/" + feed.source().code()).hasSize(expected.size());
            Set<String> bad = feed.badKeys();
            Map<String, Integer> counted = new HashMap<>();
            for (JsonNode record : records) {
                String key = record.get(feed.source().keyField()).asText();
                RecordTruth truthOfRecord = expected.get(key);
                assertThat(truthOfRecord).as(key).isNotNull();
                assertThat(OffsetDateTime.parse(record.get("ngayCapNhat").asText())).isEqualTo(truthOfRecord.updatedAt());
                if (!bad.contains(key)) {
                    assertThat(record.get(UNIT.get(feed.source())).asText()).isEqualTo(truthOfRecord.unitCode());
                    String day = OffsetDateTime.parse(record.get(BUSINESS_DATE.get(feed.source())).asText())
                            .toLocalDate().toString();
                    counted.merge(truthOfRecord.unitCode() + "|" + day, 1, Integer::sum);
                }
            }
            Map<String, Integer> truthCounts = new HashMap<>();
            feed.countsPerUnitAndDay().forEach(count -> truthCounts.put(count.unitCode() + "|" + count.day(), count.count()));
            assertThat(counted).as(feed.endpoint() + "/" + feed.source().code()).isEqualTo(truthCounts);
        }
    }

    @Test
    void theAdminTruthIsTheJavaTruthAsJson() {
        Truth truth = simulator.truth();
        JsonNode json = client.get("admin/truth?endpoint=province&source=hoso", null, java.time.Duration.ofSeconds(30))
                .json();
        assertThat(json.get("clockDay").asText()).isEqualTo(truth.clockDay().toString());
        assertThat(json.get("feeds")).hasSize(1);
        JsonNode feed = json.get("feeds").get(0);
        FeedTruth dossiers = truth.feed("province", Source.DOSSIERS);
        assertThat(feed.get("recordCount").asInt()).isEqualTo(dossiers.records().size());
        assertThat(feed.get("acceptedCount").asInt()).isEqualTo(dossiers.acceptedCount());
        assertThat(feed.get("records").get(0).get("key").asText()).isEqualTo(dossiers.records().get(0).key());
        assertThat(feed.get("records").get(0).get("updatedAt").asText())
                .isEqualTo(dossiers.records().get(0).updatedAt().toString());
        assertThat(feed.get("badRecords")).hasSize(dossiers.badRecords().size());
        assertThat(feed.get("badRecords").get(0).get("reason").asText()).isEqualTo("unknown_unit");
        assertThat(feed.get("countsPerUnitAndDay")).hasSize(dossiers.countsPerUnitAndDay().size());
        assertThat(json.get("forms").isNull()).isTrue();

        JsonNode withoutRecords = client.get("admin/truth?records=false", null, java.time.Duration.ofSeconds(30)).json();
        assertThat(withoutRecords.get("feeds")).hasSize(10);
        assertThat(withoutRecords.get("feeds").get(0).has("records")).isFalse();
    }
}

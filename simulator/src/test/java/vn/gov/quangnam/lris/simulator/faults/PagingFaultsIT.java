package vn.gov.quangnam.lris.simulator.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.simulator.RestClient;
import vn.gov.quangnam.lris.simulator.Simulator;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.TestSimulators;
import vn.gov.quangnam.lris.simulator.truth.RecordTruth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Duplicated records and pages that shift while being read; a fresh simulator each, as shifting changes data. */
class PagingFaultsIT {
    private Simulator simulator;
    private RestClient client;

    @BeforeEach
    void start() {
        simulator = Simulator.start(TestSimulators.small().withScale(0.1));
        client = new RestClient(simulator);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void theSameRecordTwiceInOnePage() {
        simulator.faults().add(FaultRule.of("province", Source.DOSSIERS, FaultKind.DUPLICATE_IN_PAGE).onPage(2));
        String token = client.token("province");
        JsonNode page = client.page("province", Source.DOSSIERS, token, null, 2, 50).json();
        List<String> keys = keys(page);
        assertThat(keys).hasSize(51);
        assertThat(keys.get(1)).isEqualTo(keys.get(0));
        assertThat(client.page("province", Source.DOSSIERS, token, null, 1, 50).json().get("duLieu")).hasSize(50);
    }

    @Test
    void theSameRecordOnTwoPages() {
        simulator.faults().add(FaultRule.of("province", Source.DOCUMENTS, FaultKind.DUPLICATE_ACROSS_PAGES));
        String token = client.token("province");
        List<String> first = keys(client.page("province", Source.DOCUMENTS, token, null, 1, 40).json());
        List<String> second = keys(client.page("province", Source.DOCUMENTS, token, null, 2, 40).json());
        assertThat(first).hasSize(40);
        assertThat(second).hasSize(41);
        assertThat(second.get(0)).isEqualTo(first.get(39));
    }

    @Test
    void anUpdateDuringPagingMovesARecordToTheEndAndShiftsTheRestForward() {
        simulator.faults().add(FaultRule.of("province", Source.WORK_RECORDS, FaultKind.SHIFTING_PAGES).onPage(2));
        List<RecordTruth> before = simulator.truth().feed("province", Source.WORK_RECORDS).records();
        String token = client.token("province");
        List<String> firstPage = keys(client.page("province", Source.WORK_RECORDS, token, null, 1, 30).json());
        JsonNode secondPage = client.page("province", Source.WORK_RECORDS, token, null, 2, 30).json();

        assertThat(firstPage.get(0)).isEqualTo(before.get(0).key());
        assertThat(keys(secondPage).get(0)).as("the record that was first on page 2 slid onto page 1")
                .isEqualTo(before.get(31).key());
        Map<String, RecordTruth> after = simulator.truth().feed("province", Source.WORK_RECORDS).recordsByKey();
        RecordTruth moved = after.get(before.get(0).key());
        assertThat(moved.updatedAt()).isAfter(before.get(before.size() - 1).updatedAt());
        int lastPage = secondPage.get("tongSoTrang").asInt();
        List<String> lastKeys = keys(client.page("province", Source.WORK_RECORDS, token, null, lastPage, 30).json());
        assertThat(lastKeys.get(lastKeys.size() - 1)).isEqualTo(moved.key());
    }

    private static List<String> keys(JsonNode page) {
        List<String> keys = new ArrayList<>();
        page.get("duLieu").forEach(record -> keys.add(record.fields().next().getValue().asText()));
        return keys;
    }
}

package vn.gov.quangnam.lris.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.simulator.truth.FeedTruth;
import vn.gov.quangnam.lris.simulator.truth.RecordTruth;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Moving the clock: an incremental run from the last watermark gets the new day and the changed dossiers. */
class AdvanceDayIT {
    private Simulator simulator;
    private RestClient client;

    @BeforeEach
    void start() {
        simulator = Simulator.start(TestSimulators.small());
        client = new RestClient(simulator);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void anIncrementalRunGetsTheNewDaysDossiersAndTheLaterVersionsOfEarlierOnes() {
        List<JsonNode> firstRun = client.readAll("province", Source.DOSSIERS, null, 5000);
        String watermark = firstRun.stream().map(record -> record.get("ngayCapNhat").asText())
                .max(Comparator.comparing(OffsetDateTime::parse)).orElseThrow();
        Map<String, RecordTruth> before = simulator.truth().feed("province", Source.DOSSIERS).recordsByKey();

        assertThat(simulator.advanceDay()).isEqualTo(TestSimulators.TO.plusDays(1));

        List<JsonNode> secondRun = client.readAll("province", Source.DOSSIERS, watermark, 5000);
        FeedTruth after = simulator.truth().feed("province", Source.DOSSIERS);
        assertThat(after.records().size()).isGreaterThan(before.size());
        List<JsonNode> newDossiers = secondRun.stream()
                .filter(record -> !before.containsKey(record.get("maHoSo").asText())).toList();
        List<JsonNode> changedDossiers = secondRun.stream()
                .filter(record -> before.containsKey(record.get("maHoSo").asText())
                        && !record.get("ngayCapNhat").asText().equals(watermark)).toList();
        assertThat(newDossiers).isNotEmpty()
                .allMatch(record -> record.get("ngayTiepNhan").asText().startsWith("2024-03-1"));
        assertThat(changedDossiers).isNotEmpty().allMatch(record -> OffsetDateTime.parse(record.get("ngayCapNhat").asText())
                .isAfter(before.get(record.get("maHoSo").asText()).updatedAt()));
        assertThat(changedDossiers).anyMatch(record -> record.get("trangThaiHoSo").asInt() >= 9);
        long expected = after.records().stream().filter(record -> !record.updatedAt().isBefore(OffsetDateTime.parse(watermark)))
                .count();
        assertThat(secondRun).hasSize((int) expected);
    }

    @Test
    void theAdminApiMovesTheClockByDays() {
        JsonNode moved = client.admin("POST", "advance-day?days=3", null).json();
        assertThat(moved.get("clockDay").asText()).isEqualTo(TestSimulators.TO.plusDays(3).toString());
        assertThat(simulator.clockDay()).isEqualTo(TestSimulators.TO.plusDays(3));
        assertThat(client.admin("GET", "status", null).json().get("clockDay").asText())
                .isEqualTo(TestSimulators.TO.plusDays(3).toString());
        assertThat(client.admin("POST", "advance-day?days=0", null).json().get("moTa").asText())
                .isEqualTo("days must be a whole number from 1 to 366, got '0'");
    }
}

package vn.gov.quangnam.lris.simulator.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.quangnam.lris.simulator.RestClient;
import vn.gov.quangnam.lris.simulator.Simulator;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.TestSimulators;
import vn.gov.quangnam.lris.simulator.truth.BadRecord;
import vn.gov.quangnam.lris.simulator.truth.FeedTruth;
import vn.gov.quangnam.lris.simulator.truth.NormalisedRecord;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each record fault: exactly the records the truth lists show it, they are about the configured share, and the
 * truth files them as bad (with the reason to quarantine) or as accepted after normalisation.
 */
class RecordFaultsIT {
    private static final double SHARE = 0.3;
    private static Simulator simulator;
    private static RestClient client;

    @BeforeAll
    static void start() {
        simulator = Simulator.start(TestSimulators.small());
        client = new RestClient(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @AfterEach
    void clearFaults() {
        simulator.faults().clear();
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(FaultKind.NFD_TEXT, Source.DOSSIERS, null, shows(record -> {
                    String field = record.get("maLinhVuc").asText();
                    return !field.equals(Normalizer.normalize(field, Normalizer.Form.NFC));
                })),
                Arguments.of(FaultKind.PADDED_LOWERCASE_CODE, Source.DOCUMENTS, null, shows(record ->
                        record.get("maDonViGui").asText().startsWith(" ") && record.get("maDonViNhan").asText().endsWith(" "))),
                Arguments.of(FaultKind.LOCAL_TIMESTAMP, Source.WORK_RECORDS, null, shows(record ->
                        record.get("ngayMo").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d")
                                && record.get("ngayCapNhat").asText().matches(".*T\\d\\d:\\d\\d:\\d\\d"))),
                Arguments.of(FaultKind.COMPACT_TIMESTAMP, Source.RESULTS, null, shows(record ->
                        record.get("ngayCap").asText().matches("\\d{14}")
                                && record.get("ngayCapNhat").asText().matches("\\d{14}"))),
                Arguments.of(FaultKind.UNKNOWN_UNIT, Source.DOSSIERS, QuarantineReason.UNKNOWN_UNIT, shows(record ->
                        record.get("maDonVi").asText().matches("9\\d{4}"))),
                Arguments.of(FaultKind.FUTURE_DATE, Source.DOCUMENTS, QuarantineReason.DATE_OUT_OF_RANGE, shows(record ->
                        OffsetDateTime.parse(record.get("ngayBanHanh").asText()).getYear() >= 2044)),
                Arguments.of(FaultKind.DATE_BEFORE_2000, Source.WORK_RECORDS, QuarantineReason.DATE_OUT_OF_RANGE,
                        shows(record -> record.get("ngayMo").asText().startsWith("1999-"))),
                Arguments.of(FaultKind.NEGATIVE_NUMBER, Source.DOSSIERS, QuarantineReason.IMPOSSIBLE_NUMBER, shows(record ->
                        record.get("soTienLePhi").asLong() < 0)),
                Arguments.of(FaultKind.NUMBER_OUT_OF_RANGE, Source.DOSSIERS, QuarantineReason.IMPOSSIBLE_NUMBER,
                        shows(record -> record.get("danhGiaHaiLong").asInt() == 7)),
                Arguments.of(FaultKind.NUMBER_OUT_OF_RANGE, Source.DOCUMENTS, QuarantineReason.IMPOSSIBLE_NUMBER,
                        shows(record -> record.get("doMat").asInt() == 7)),
                Arguments.of(FaultKind.DATES_OUT_OF_ORDER, Source.DOSSIERS, QuarantineReason.IMPOSSIBLE_NUMBER,
                        shows(record -> !record.get("ngayTra").isNull() && OffsetDateTime.parse(record.get("ngayTra").asText())
                                .isBefore(OffsetDateTime.parse(record.get("ngayTiepNhan").asText())))),
                Arguments.of(FaultKind.DATES_OUT_OF_ORDER, Source.WORK_RECORDS, QuarantineReason.IMPOSSIBLE_NUMBER,
                        shows(record -> !record.get("ngayDong").isNull() && OffsetDateTime.parse(record.get("ngayDong").asText())
                                .isBefore(OffsetDateTime.parse(record.get("ngayMo").asText())))),
                Arguments.of(FaultKind.UNPARSEABLE_FIELD, Source.RESULTS, QuarantineReason.UNPARSEABLE, shows(record ->
                        record.get("ngayCap").asText().equals("??/??/20xx"))));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("faults")
    void exactlyTheRecordsTheTruthListsShowTheFault(FaultKind kind, Source source, QuarantineReason reason,
                                                    Predicate<JsonNode> showsFault) {
        simulator.faults().add(FaultRule.of("province", source, kind).share(SHARE));
        FeedTruth truth = simulator.truth().feed("province", source);
        Set<String> listed = reason == null
                ? truth.normalisedRecords().stream().map(NormalisedRecord::key).collect(Collectors.toSet())
                : truth.badRecords().stream().map(BadRecord::key).collect(Collectors.toSet());
        if (reason != null) {
            assertThat(truth.badRecords()).allMatch(bad -> bad.reason() == reason && bad.fault() == kind);
            assertThat(truth.normalisedRecords()).isEmpty();
        } else {
            assertThat(truth.badRecords()).isEmpty();
        }

        List<JsonNode> records = client.readAll("province", source, null, 5000);
        String keyField = source.keyField();
        Set<String> showing = records.stream().filter(showsFault).map(record -> record.get(keyField).asText())
                .collect(Collectors.toSet());
        assertThat(showing).isEqualTo(listed);
        assertThat((double) listed.size() / records.size()).isBetween(SHARE - 0.05, SHARE + 0.05);
        assertThat(truth.acceptedCount()).isEqualTo(records.size() - (reason == null ? 0 : listed.size()));
    }

    private static Predicate<JsonNode> shows(Predicate<JsonNode> predicate) {
        return predicate;
    }
}

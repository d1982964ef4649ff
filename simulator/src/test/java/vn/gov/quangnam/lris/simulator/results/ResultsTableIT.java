package vn.gov.quangnam.lris.simulator.results;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;
import vn.gov.quangnam.lris.simulator.EndpointKind;
import vn.gov.quangnam.lris.simulator.EndpointLayout;
import vn.gov.quangnam.lris.simulator.ResultsDatabase;
import vn.gov.quangnam.lris.simulator.Simulator;
import vn.gov.quangnam.lris.simulator.SimulatorEndpoint;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.TestSimulators;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.FaultRule;
import vn.gov.quangnam.lris.simulator.truth.FeedTruth;
import vn.gov.quangnam.lris.simulator.truth.RecordTruth;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Điện Bàn's results register as a real PostgreSQL table: its rows are the truth, before and after the clock moves. */
class ResultsTableIT {
    private static ResultsDatabase database;
    private static Simulator simulator;

    @BeforeAll
    static void start() {
        String url = TestPostgres.createDatabase("simulator_results");
        database = new ResultsDatabase(url, TestPostgres.shared().user(), TestPostgres.shared().password());
        simulator = Simulator.start(TestSimulators.small().withLayout(EndpointLayout.standard(database, null)));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void theEndpointIsDescribedByItsJdbcUrlAndServesDienBanAndItsCommunes() {
        SimulatorEndpoint endpoint = simulator.endpoint("dienban-results");
        assertThat(endpoint.kind()).isEqualTo(EndpointKind.POSTGRES_TABLE);
        assertThat(endpoint.location()).isEqualTo(database.jdbcUrl());
        assertThat(endpoint.unitCodes()).contains("507").hasSizeGreaterThan(10);
        assertThat(simulator.endpoint("province").unitCodes()).contains("507");
        assertThat(simulator.truth().feed("province", Source.RESULTS).records())
                .noneMatch(record -> record.unitCode().equals("507"));
    }

    @Test
    void theTableHoldsExactlyTheTruthAndIsIndexedForIncrementalReads() throws SQLException {
        assertTableEqualsTruth();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet index = statement.executeQuery("SELECT indexdef FROM pg_indexes WHERE tablename = 'ket_qua_tthc'"
                     + " AND indexname = 'ket_qua_tthc_ngay_cap_nhat_idx'")) {
            assertThat(index.next()).isTrue();
            assertThat(index.getString(1)).endsWith("(ngay_cap_nhat, ma_ket_qua)");
        }
    }

    @Test
    void movingTheClockAndSwitchingFaultsRewriteTheTable() throws SQLException {
        simulator.advanceDay();
        assertTableEqualsTruth();
        simulator.faults().add(FaultRule.of("dienban-results", Source.RESULTS, FaultKind.UNKNOWN_UNIT).share(0.1));
        FeedTruth truth = assertTableEqualsTruth();
        assertThat(truth.badRecords()).isNotEmpty();
        Map<String, String> units = rows().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().unit()));
        assertThat(truth.badRecords()).allMatch(bad -> units.get(bad.key()).matches("9\\d{4}"));
        simulator.faults().clear();
        assertTableEqualsTruth();
    }

    private static FeedTruth assertTableEqualsTruth() throws SQLException {
        FeedTruth truth = simulator.truth().feed("dienban-results", Source.RESULTS);
        Map<String, Row> rows = rows();
        assertThat(rows.keySet()).isEqualTo(truth.recordsByKey().keySet());
        for (RecordTruth record : truth.records()) {
            Row row = rows.get(record.key());
            assertThat(row.updatedAt()).as(record.key()).isEqualTo(record.updatedAt());
            if (!truth.badKeys().contains(record.key())) {
                assertThat(row.unit()).isEqualTo(record.unitCode());
            }
        }
        return truth;
    }

    private record Row(String unit, OffsetDateTime updatedAt) {
    }

    private static Map<String, Row> rows() throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT ma_ket_qua, ma_don_vi, ngay_cap_nhat FROM ket_qua_tthc")) {
            while (result.next()) {
                rows.put(result.getString(1), new Row(result.getString(2),
                        result.getObject(3, OffsetDateTime.class).withOffsetSameInstant(java.time.ZoneOffset.ofHours(7))));
            }
        }
        return rows;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }
}

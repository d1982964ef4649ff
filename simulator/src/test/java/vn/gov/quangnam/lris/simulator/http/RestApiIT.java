package vn.gov.quangnam.lris.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.simulator.RestClient;
import vn.gov.quangnam.lris.simulator.Simulator;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.TestSimulators;
import vn.gov.quangnam.lris.simulator.truth.RecordTruth;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The REST contract of docs/sources.md over real HTTP: tokens, the envelope, field names, paging and errors. */
class RestApiIT {
    private static Simulator simulator;
    private static RestClient client;

    @BeforeAll
    static void start() {
        simulator = Simulator.start(TestSimulators.small().withTokenLifetime(Duration.ofSeconds(2)));
        client = new RestClient(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void aTokenIsIssuedForTheRightCredentialsOnly() {
        RestClient.Response granted = client.requestToken("province", "lris-province", "province-secret");
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(granted.json().get("expires_in").asInt()).isEqualTo(2);
        assertThat(granted.json().get("access_token").asText()).isNotBlank();

        RestClient.Response refused = client.requestToken("province", "lris-province", "wrong");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("loi").asText()).isEqualTo("sai_thong_tin_xac_thuc");
        assertThat(client.requestToken("tamky", "lris-province", "province-secret").status())
                .as("another endpoint's credentials").isEqualTo(401);
    }

    @Test
    void aMissingUnknownOrOtherEndpointsTokenIsRefusedAsExpired() {
        assertThat(client.page("province", Source.DOSSIERS, null, null, 1, 10).body())
                .isEqualTo("{\"loi\":\"token_het_han\"}");
        RestClient.Response unknown = client.page("province", Source.DOSSIERS, "sim.nope", null, 1, 10);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo("{\"loi\":\"token_het_han\"}");
        assertThat(client.page("province", Source.DOSSIERS, client.token("tamky"), null, 1, 10).status()).isEqualTo(401);
    }

    @Test
    void aTokenExpiresAfterItsLifetime() {
        String token = client.token("hoian");
        assertThat(client.page("hoian", Source.DOSSIERS, token, null, 1, 10).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() ->
                client.page("hoian", Source.DOSSIERS, token, null, 1, 10).status() == 401);
        assertThat(client.page("hoian", Source.DOSSIERS, token, null, 1, 10).body()).isEqualTo("{\"loi\":\"token_het_han\"}");
    }

    @Test
    void thePageEnvelopeAndEveryDossierFieldAreThoseOfTheContract() {
        JsonNode page = client.page("province", Source.DOSSIERS, client.token("province"), null, 1, 50).json();
        assertThat(fieldNames(page)).containsExactly("trang", "tongSoTrang", "tongSoBanGhi", "duLieu");
        assertThat(page.get("trang").asInt()).isEqualTo(1);
        assertThat(page.get("duLieu")).hasSize(50);
        assertThat(fieldNames(page.get("duLieu").get(0))).containsExactly("maHoSo", "maDonVi", "maTTHC", "maLinhVuc",
                "kenhThucHien", "mucDoDVC", "ngayTiepNhan", "ngayHenTra", "ngayKetThucXuLy", "ngayTra", "trangThaiHoSo",
                "danhSachBoSung", "coLePhi", "soTienLePhi", "duocThanhToanTrucTuyen", "hoSoCoThanhPhanSoHoa",
                "coKetQuaDienTu", "taiKhoanDuocXacThucVoiVNeID", "coVanBanXinLoi", "danhGiaHaiLong", "ngayCapNhat");
        assertThat(page.get("duLieu").get(0).get("ngayCapNhat").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
    }

    @Test
    void documentsWorkRecordsAndResultsCarryTheContractsFields() {
        assertThat(fieldNames(first("province", Source.DOCUMENTS))).containsExactly("maVanBan", "maDonViGui",
                "maDonViNhan", "soKyHieu", "ngayBanHanh", "laVanBanDienTu", "coChuKySo", "doMat", "ngayCapNhat");
        assertThat(fieldNames(first("tamky", Source.WORK_RECORDS))).containsExactly("maHoSoCongViec", "maDonVi", "ngayMo",
                "ngayDong", "xuLyTrenMoiTruongDienTu", "doMat", "ngayCapNhat");
        assertThat(fieldNames(first("province", Source.RESULTS))).containsExactly("maKetQua", "maDonVi", "maTTHC",
                "ngayCap", "hieuLucDen", "ngaySoHoa", "ngayCapNhat");
    }

    @Test
    void allPagesTogetherHoldEveryRecordOnceInTheOrderOfUpdateAndKey() {
        List<JsonNode> records = client.readAll("province", Source.DOSSIERS, null, 700);
        List<String> keys = records.stream().map(record -> record.get("maHoSo").asText()).toList();
        assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
        List<RecordTruth> truth = simulator.truth().feed("province", Source.DOSSIERS).records();
        assertThat(keys).containsExactlyElementsOf(truth.stream().map(RecordTruth::key).toList());
        List<JsonNode> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing((JsonNode record) -> OffsetDateTime.parse(record.get("ngayCapNhat").asText()))
                .thenComparing(record -> record.get("maHoSo").asText()));
        assertThat(records).containsExactlyElementsOf(sorted);
    }

    @Test
    void capNhatTuKeepsRecordsUpdatedAtOrAfterItAndCountsThem() {
        List<RecordTruth> truth = simulator.truth().feed("province", Source.WORK_RECORDS).records();
        RecordTruth middle = truth.get(truth.size() / 2);
        String from = middle.updatedAt().toString();
        List<JsonNode> records = client.readAll("province", Source.WORK_RECORDS, from, 500);
        long expected = truth.stream().filter(record -> !record.updatedAt().isBefore(middle.updatedAt())).count();
        assertThat(records).hasSize((int) expected);
        assertThat(records.get(0).get("ngayCapNhat").asText()).isEqualTo(from);
        JsonNode first = client.page("province", Source.WORK_RECORDS, client.token("province"), from, 1, 500).json();
        assertThat(first.get("tongSoBanGhi").asLong()).isEqualTo(expected);
        assertThat(first.get("tongSoTrang").asLong()).isEqualTo((expected + 499) / 500);
    }

    @Test
    void anOffsetSignSentUnencodedAndLocalTimeAreUnderstood() {
        String token = client.token("province");
        JsonNode offset = client.get("province/api/v1/hoso?capNhatTu=2024-03-05T08:30:00+07:00&trang=1&soLuong=5",
                token, Duration.ofSeconds(10)).json();
        JsonNode local = client.page("province", Source.DOSSIERS, token, "2024-03-05T08:30:00", 1, 5).json();
        assertThat(offset.get("tongSoBanGhi")).isEqualTo(local.get("tongSoBanGhi"));
    }

    @Test
    void aPageAfterTheLastIsEmpty() {
        JsonNode page = client.page("hoian", Source.DOSSIERS, client.token("hoian"), null, 9999, 100).json();
        assertThat(page.get("duLieu")).isEmpty();
        assertThat(page.get("trang").asInt()).isEqualTo(9999);
    }

    @Test
    void badParametersAreRefusedWithAMessage() {
        String token = client.token("province");
        RestClient.Response tooLarge = client.page("province", Source.DOSSIERS, token, null, 1, 5001);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().get("moTa").asText()).isEqualTo("soLuong must be between 1 and 5000, got 5001");
        RestClient.Response pageZero = client.page("province", Source.DOSSIERS, token, null, 0, 10);
        assertThat(pageZero.json().get("moTa").asText()).isEqualTo("trang must be between 1 and 2147483647, got 0");
        RestClient.Response badTime = client.page("province", Source.DOSSIERS, token, "hom-qua", 1, 10);
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().get("loi").asText()).isEqualTo("tham_so_khong_hop_le");
        assertThat(badTime.json().get("moTa").asText()).startsWith("'hom-qua' is not a timestamp");
    }

    @Test
    void unknownResourcesAnswer404WithWhatExists() {
        RestClient.Response results = client.get("tamky/api/v1/ketqua", client.token("tamky"), Duration.ofSeconds(5));
        assertThat(results.status()).isEqualTo(404);
        assertThat(results.json().get("moTa").asText())
                .isEqualTo("endpoint tamky does not serve 'ketqua'; it serves [hoso, hosocongviec, vanban]");
        assertThat(client.get("danang/api/v1/hoso", null, Duration.ofSeconds(5)).status()).isEqualTo(404);
    }

    @Test
    void theAdminApiListsTheEndpointsWithTheirCredentialsAndUnits() {
        JsonNode endpoints = client.admin("GET", "endpoints", null).json();
        Set<String> names = new HashSet<>();
        endpoints.forEach(endpoint -> names.add(endpoint.get("name").asText()));
        assertThat(names).containsExactlyInAnyOrder("province", "tamky", "hoian");
        JsonNode tamky = endpoints.get(1);
        assertThat(tamky.get("location").asText()).isEqualTo(simulator.url() + "/tamky");
        assertThat(tamky.get("clientId").asText()).isEqualTo("lris-tamky");
        assertThat(tamky.get("unitCodes")).anyMatch(code -> code.asText().equals("502"));
    }

    private static JsonNode first(String endpoint, Source source) {
        return client.page(endpoint, source, client.token(endpoint), null, 1, 1).json().get("duLieu").get(0);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

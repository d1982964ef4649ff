package vn.gov.quangnam.lris.simulator.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.quangnam.lris.simulator.RestClient;
import vn.gov.quangnam.lris.simulator.Simulator;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.TestSimulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each transport fault of docs/sources.md, observed by a real HTTP client, and retries that recover. */
class TransportFaultsIT {
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

    @ParameterizedTest
    @CsvSource({"HTTP_429, 429, qua_nhieu_yeu_cau", "HTTP_500, 500, loi_he_thong", "HTTP_503, 503, he_thong_tam_ngung"})
    void anHttpErrorHitsTheRequestItsNumberOfTimesThenThePageComes(FaultKind kind, int status, String code) {
        simulator.faults().add(FaultRule.of("province", Source.DOSSIERS, kind).times(2).retryAfterSeconds(3));
        String token = client.token("province");
        for (int attempt = 0; attempt < 2; attempt++) {
            RestClient.Response failed = client.page("province", Source.DOSSIERS, token, null, 2, 100);
            assertThat(failed.status()).isEqualTo(status);
            assertThat(failed.json().get("loi").asText()).isEqualTo(code);
            if (kind != FaultKind.HTTP_500) {
                assertThat(failed.raw().headers().firstValue("Retry-After")).hasValue("3");
            }
        }
        RestClient.Response retried = client.page("province", Source.DOSSIERS, token, null, 2, 100);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("duLieu")).hasSize(100);
    }

    @Test
    void aTimeoutHoldsTheResponseLongerThanTheClientWaitsThenTheRetrySucceeds() {
        simulator.faults().add(FaultRule.of("tamky", Source.DOCUMENTS, FaultKind.TIMEOUT).delay(Duration.ofSeconds(3)));
        String token = client.token("tamky");
        assertThatThrownBy(() -> client.get("tamky/api/v1/vanban?trang=1&soLuong=10", token, Duration.ofMillis(500)))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(HttpTimeoutException.class);
        RestClient.Response retried = client.get("tamky/api/v1/vanban?trang=1&soLuong=10", token, Duration.ofSeconds(10));
        assertThat(retried.status()).isEqualTo(200);
    }

    @Test
    void truncatedJsonEndsInTheMiddleOfThePage() {
        simulator.faults().add(FaultRule.of("province", Source.RESULTS, FaultKind.TRUNCATED_JSON));
        String token = client.token("province");
        RestClient.Response truncated = client.page("province", Source.RESULTS, token, null, 1, 200);
        assertThat(truncated.status()).isEqualTo(200);
        assertThat(truncated.body()).startsWith("{\"trang\":1,").doesNotEndWith("}");
        assertThatThrownBy(() -> RestClient.JSON.readTree(truncated.body())).isInstanceOf(IOException.class);
        assertThat(client.page("province", Source.RESULTS, token, null, 1, 200).json().get("duLieu")).hasSize(200);
    }

    @Test
    void invalidJsonIsNotJsonAtAll() {
        simulator.faults().add(FaultRule.of("province", Source.WORK_RECORDS, FaultKind.INVALID_JSON));
        String token = client.token("province");
        RestClient.Response invalid = client.page("province", Source.WORK_RECORDS, token, null, 1, 50);
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("<<loi ket noi>>");
        assertThatThrownBy(() -> RestClient.JSON.readTree(invalid.body())).isInstanceOf(IOException.class);
        assertThat(client.page("province", Source.WORK_RECORDS, token, null, 1, 50).json().get("duLieu")).hasSize(50);
    }

    @Test
    void anEmptyPageInTheMiddleKeepsTheCountsButHasNoRecords() {
        simulator.faults().add(FaultRule.of("province", Source.DOSSIERS, FaultKind.EMPTY_PAGE).onPage(3));
        String token = client.token("province");
        JsonNode second = client.page("province", Source.DOSSIERS, token, null, 2, 100).json();
        JsonNode empty = client.page("province", Source.DOSSIERS, token, null, 3, 100).json();
        assertThat(second.get("duLieu")).hasSize(100);
        assertThat(empty.get("duLieu")).isEmpty();
        assertThat(empty.get("tongSoTrang")).isEqualTo(second.get("tongSoTrang"));
        assertThat(empty.get("tongSoBanGhi")).isEqualTo(second.get("tongSoBanGhi"));
        assertThat(client.page("province", Source.DOSSIERS, token, null, 3, 100).json().get("duLieu")).hasSize(100);
    }

    @Test
    void anExpiredTokenMidRunAnswers401UntilANewTokenIsTaken() {
        simulator.faults().add(FaultRule.of("hoian", Source.DOSSIERS, FaultKind.EXPIRED_TOKEN).onPage(2));
        String token = client.token("hoian");
        assertThat(client.page("hoian", Source.DOSSIERS, token, null, 1, 100).status()).isEqualTo(200);
        RestClient.Response expired = client.page("hoian", Source.DOSSIERS, token, null, 2, 100);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body()).isEqualTo("{\"loi\":\"token_het_han\"}");
        assertThat(client.page("hoian", Source.DOSSIERS, token, null, 1, 100).status())
                .as("the old token stays expired").isEqualTo(401);
        assertThat(client.page("hoian", Source.DOSSIERS, client.token("hoian"), null, 2, 100).status()).isEqualTo(200);
    }

    @Test
    void aDownEndpointFailsEveryRequestIncludingTokensUntilCleared() {
        simulator.faults().add(FaultRule.down("tamky", FaultKind.HTTP_503));
        assertThat(client.requestToken("tamky", "lris-tamky", "tamky-secret").status()).isEqualTo(503);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(client.page("tamky", Source.DOSSIERS, "any", null, 1, 10).status()).isEqualTo(503);
        }
        assertThat(client.page("province", Source.DOSSIERS, client.token("province"), null, 1, 10).status())
                .as("other endpoints stay up").isEqualTo(200);
        simulator.faults().clear("tamky");
        assertThat(client.page("tamky", Source.DOSSIERS, client.token("tamky"), null, 1, 10).status()).isEqualTo(200);
    }

    @Test
    void faultsAreSwitchedOverTheAdminApi() {
        RestClient.Response added = client.admin("POST", "faults",
                "[{\"endpoint\":\"province\",\"source\":\"hoso\",\"kind\":\"http_500\",\"page\":4,\"times\":1}]");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("ids")).hasSize(1);
        JsonNode listed = client.admin("GET", "faults", null).json();
        assertThat(listed.get(0).get("kind").asText()).isEqualTo("http_500");
        assertThat(listed.get(0).get("page").asInt()).isEqualTo(4);
        String token = client.token("province");
        assertThat(client.page("province", Source.DOSSIERS, token, null, 4, 10).status()).isEqualTo(500);
        assertThat(client.admin("GET", "faults", null).json().get(0).get("hits").asInt()).isEqualTo(1);
        assertThat(client.admin("DELETE", "faults", null).json().get("removed").asInt()).isEqualTo(1);
        assertThat(simulator.faults().rules()).isEmpty();
    }

    @Test
    void theAdminApiRefusesABadRuleSayingWhy() {
        RestClient.Response unknownKind = client.admin("POST", "faults", "{\"endpoint\":\"province\",\"kind\":\"fire\"}");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.json().get("moTa").asText()).startsWith("unknown fault kind 'fire'; the kinds are http_429");
        RestClient.Response wrongSource = client.admin("POST", "faults",
                "{\"endpoint\":\"tamky\",\"source\":\"ketqua\",\"kind\":\"http_500\"}");
        assertThat(wrongSource.json().get("moTa").asText())
                .isEqualTo("fault http_500: endpoint tamky does not serve ketqua; it serves [hoso, hosocongviec, vanban]");
        assertThat(client.admin("POST", "faults", "{not json").json().get("moTa").asText())
                .startsWith("the body is not JSON");
    }
}

package vn.gov.quangnam.lris.dashboards.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LoginHandlerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "/?pages=map&indicator=e_processing, /?pages=map&indicator=e_processing",
            "/, /",
            "null, /",
            "https://evil.example/, /",
            "//evil.example/, /",
            "/\\evil.example, /",
            "/login, /"})
    void afterLoginTheBrowserReturnsOnlyToAPageOfThisDashboard(String next, String expected) {
        assertThat(LoginHandler.safeNext(next)).isEqualTo(expected);
    }
}

package vn.gov.quangnam.lris.dashboards;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DashboardSettingsTest {
    private static final String TRINO = "jdbc:trino://127.0.0.1:8443/lris?SSL=true&SSLTrustStorePath=.lris/trino/tls/truststore.p12";

    @Test
    void theDefaultsServeOnLoopbackPort8090RotatingEvery20SecondsAndRefreshingEveryMinute() {
        DashboardSettings settings = DashboardSettings.defaults(TRINO);
        assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8090);
        assertThat(settings.rotation()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.refresh()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.staleAfter()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.sessionLifetime()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void badSettingsAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> DashboardSettings.defaults(TRINO).withPort(70000))
                .hasMessage("dashboard port 70000 is not a TCP port; give 1-65535, or 0 for a free one");
        assertThatThrownBy(() -> DashboardSettings.defaults("jdbc:postgresql://127.0.0.1/lris"))
                .hasMessage("the dashboard's Trino URL 'jdbc:postgresql://127.0.0.1/lris' is not a Trino JDBC URL; "
                        + "expected jdbc:trino://host:port/lris?SSL=true&SSLTrustStorePath=...");
        assertThatThrownBy(() -> DashboardSettings.defaults(TRINO).withTimings(Duration.ZERO, Duration.ofSeconds(60), Duration.ofHours(1)))
                .hasMessage("dashboard rotation must be positive, got PT0S");
    }
}

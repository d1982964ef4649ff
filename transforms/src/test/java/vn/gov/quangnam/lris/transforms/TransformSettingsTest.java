package vn.gov.quangnam.lris.transforms;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransformSettingsTest {
    private static final Map<String, String> CATALOG = Map.of("LRIS_CATALOG_URI", "jdbc:postgresql://127.0.0.1/lris",
            "LRIS_CATALOG_USER", "lris", "LRIS_CATALOG_PASSWORD", "secret", "LRIS_WAREHOUSE", "file:///srv/lris/warehouse");

    @Test
    void theSnapshotRetentionIsSevenDaysUnlessSet() {
        assertThat(TransformSettings.fromEnvironment(CATALOG).snapshotRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(TransformSettings.fromEnvironment(with("LRIS_SNAPSHOT_RETENTION_DAYS", "0")).snapshotRetention())
                .isEqualTo(Duration.ZERO);
        assertThat(TransformSettings.fromEnvironment(with("LRIS_SNAPSHOT_RETENTION_DAYS", " 30 ")).snapshotRetention())
                .isEqualTo(Duration.ofDays(30));
    }

    @Test
    void aRetentionThatIsNotADayCountIsRefusedWithTheVariableNamed() {
        for (String bad : new String[] {"7d", "-1", "P7D"}) {
            assertThatThrownBy(() -> TransformSettings.fromEnvironment(with("LRIS_SNAPSHOT_RETENTION_DAYS", bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("LRIS_SNAPSHOT_RETENTION_DAYS").hasMessageContaining("'" + bad + "'");
        }
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> environment = new HashMap<>(CATALOG);
        environment.put(name, value);
        return environment;
    }
}

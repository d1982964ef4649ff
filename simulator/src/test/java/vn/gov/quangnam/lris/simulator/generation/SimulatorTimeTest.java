package vn.gov.quangnam.lris.simulator.generation;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorTimeTest {
    private static final long MARCH_5_0830 = OffsetDateTime.parse("2024-03-05T08:30:00+07:00").toEpochSecond();

    @Test
    void formatsInTheThreeStylesSourcesUse() {
        assertThat(SimulatorTime.format(MARCH_5_0830, TimestampStyle.OFFSET)).isEqualTo("2024-03-05T08:30:00+07:00");
        assertThat(SimulatorTime.format(MARCH_5_0830, TimestampStyle.LOCAL)).isEqualTo("2024-03-05T08:30:00");
        assertThat(SimulatorTime.format(MARCH_5_0830, TimestampStyle.COMPACT)).isEqualTo("20240305083000");
    }

    @Test
    void parsesOffsetLocalCompactAndUtcForms() {
        assertThat(SimulatorTime.parse("2024-03-05T08:30:00+07:00")).isEqualTo(MARCH_5_0830);
        assertThat(SimulatorTime.parse("2024-03-05T01:30:00Z")).isEqualTo(MARCH_5_0830);
        assertThat(SimulatorTime.parse("2024-03-05T08:30:00")).isEqualTo(MARCH_5_0830);
        assertThat(SimulatorTime.parse("20240305083000")).isEqualTo(MARCH_5_0830);
        assertThat(SimulatorTime.parse("2024-03-05")).isEqualTo(MARCH_5_0830 - 8 * 3600 - 1800);
    }

    @Test
    void refusesGarbageNamingTheExpectedForm() {
        assertThatThrownBy(() -> SimulatorTime.parse("hôm qua"))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("'hôm qua' is not a timestamp")
                .hasMessageContaining("2024-03-05T08:30:00+07:00");
    }
}

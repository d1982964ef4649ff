package vn.gov.quangnam.lris.simulator.generation;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

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

    /** The hand-written calendar arithmetic agrees with java.time across leap days, year ends and centuries. */
    @Test
    void formatsEverySecondAsJavaTimeDoes() {
        DateTimeFormatter offset = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
        DateTimeFormatter compact = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
        DateTimeFormatter local = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
        long from = OffsetDateTime.parse("1999-12-31T00:00:00+07:00").toEpochSecond();
        long to = OffsetDateTime.parse("2101-03-02T00:00:00+07:00").toEpochSecond();
        for (long second = from; second < to; second += 86_400 / 4 + 17) {
            OffsetDateTime expected = OffsetDateTime.ofInstant(Instant.ofEpochSecond(second), SimulatorTime.OFFSET);
            assertThat(SimulatorTime.format(second, TimestampStyle.OFFSET)).isEqualTo(offset.format(expected));
            assertThat(SimulatorTime.format(second, TimestampStyle.COMPACT)).isEqualTo(compact.format(expected));
            assertThat(SimulatorTime.format(second, TimestampStyle.LOCAL)).isEqualTo(local.format(expected));
        }
        assertThat(SimulatorTime.formatDate(LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29");
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

package vn.gov.quangnam.lris.simulator;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorCommandLineTest {
    @Test
    void readsEveryOptionAndTakesThePasswordFromTheEnvironment() {
        SimulatorSettings settings = SimulatorCommandLine.parse(new String[]{"--port", "8099", "--seed=7",
                "--from", "2024-01-01", "--to", "2024-06-30", "--scale", "0.5", "--jdbc-url",
                "jdbc:postgresql://127.0.0.1:5432/sim", "--jdbc-user", "sim", "--inbox", "/tmp/forms"},
                Map.of(SimulatorCommandLine.PASSWORD_VARIABLE, "secret"));
        assertThat(settings.port()).isEqualTo(8099);
        assertThat(settings.seed()).isEqualTo(7);
        assertThat(settings.to()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(settings.scale()).isEqualTo(0.5);
        assertThat(settings.layout().endpoint("dienban-results").orElseThrow().database().password()).isEqualTo("secret");
        assertThat(settings.layout().inbox().orElseThrow().inbox()).isEqualTo(Path.of("/tmp/forms"));
    }

    @Test
    void withoutDatabaseAndInboxTheLayoutIsRestOnly() {
        SimulatorSettings settings = SimulatorCommandLine.parse(new String[0], Map.of());
        assertThat(settings.layout()).isEqualTo(EndpointLayout.restOnly());
    }

    @Test
    void saysWhatIsWrong() {
        assertThatThrownBy(() -> SimulatorCommandLine.parse(new String[]{"--jdbc-url", "jdbc:postgresql://h/d",
                "--jdbc-user", "u"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--jdbc-url needs a password: set LRIS_SIMULATOR_DB_PASSWORD (or pass --jdbc-password)");
        assertThatThrownBy(() -> SimulatorCommandLine.parse(new String[]{"--scale", "many"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("option --scale: 'many' is not valid");
        assertThatThrownBy(() -> SimulatorCommandLine.parse(new String[]{"--colour", "red"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown option '--colour'");
        assertThatThrownBy(() -> SimulatorCommandLine.parse(new String[]{"--from", "2024-05-01", "--to", "2024-04-01"},
                Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("simulator setting 'to' (2024-04-01) is before 'from' (2024-05-01)");
    }
}

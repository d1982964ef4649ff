package vn.gov.quangnam.lris.simulator;

import java.time.LocalDate;

/** Small, fast settings for the tests: ten days of March 2024 at a fifth of the volumes. */
public final class TestSimulators {
    public static final LocalDate FROM = LocalDate.of(2024, 3, 1);
    public static final LocalDate TO = LocalDate.of(2024, 3, 10);

    private TestSimulators() {
    }

    public static SimulatorSettings small() {
        return SimulatorSettings.defaults().withRange(FROM, TO).withScale(0.2);
    }
}

package vn.gov.quangnam.lris.simulator.http;

import vn.gov.quangnam.lris.simulator.SimulatorEndpoint;
import vn.gov.quangnam.lris.simulator.truth.Truth;

import java.time.LocalDate;
import java.util.List;

/** What the admin API asks of the running simulator. */
public interface SimulatorControl {
    LocalDate clockDay();

    LocalDate advanceDay();

    List<SimulatorEndpoint> endpoints();

    Truth truth();
}

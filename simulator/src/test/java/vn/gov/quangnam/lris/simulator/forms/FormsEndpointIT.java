package vn.gov.quangnam.lris.simulator.forms;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.quangnam.lris.simulator.EndpointKind;
import vn.gov.quangnam.lris.simulator.EndpointLayout;
import vn.gov.quangnam.lris.simulator.RestClient;
import vn.gov.quangnam.lris.simulator.Simulator;
import vn.gov.quangnam.lris.simulator.SimulatorEndpoint;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.TestSimulators;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.FaultRule;
import vn.gov.quangnam.lris.simulator.truth.FormFileTruth;
import vn.gov.quangnam.lris.simulator.truth.FormsTruth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms inbox of a running simulator: written per ended month, described by the endpoint and the truth. */
class FormsEndpointIT {
    @TempDir
    Path inbox;

    @Test
    void aMonthsFormsArriveWhenTheClockPassesItsLastDay() {
        try (Simulator simulator = Simulator.start(TestSimulators.small()
                .withRange(LocalDate.of(2024, 3, 25), LocalDate.of(2024, 4, 29))
                .withLayout(EndpointLayout.standard(null, inbox))
                .withInitialFaults(List.of(FaultRule.of("forms", Source.FORMS, FaultKind.DECIMAL_COMMA).share(0.5))))) {
            SimulatorEndpoint forms = simulator.endpoint("forms");
            assertThat(forms.kind()).isEqualTo(EndpointKind.INBOX_FOLDER);
            assertThat(forms.location()).isEqualTo(inbox.toAbsolutePath().toString());
            assertThat(forms.unitCodes()).contains("504", "20437");
            FormsTruth march = simulator.truth().forms().orElseThrow();
            assertThat(march.files()).extracting(FormFileTruth::month).containsOnly(YearMonth.of(2024, 3));
            assertThat(march.normalisedFiles()).isNotEmpty();

            simulator.advanceDay();

            FormsTruth april = simulator.truth().forms().orElseThrow();
            assertThat(april.files()).extracting(FormFileTruth::month).contains(YearMonth.of(2024, 4));
            assertThat(april.files()).allMatch(file -> Files.isRegularFile(inbox.resolve(file.fileName())));

            JsonNode json = new RestClient(simulator).get("admin/truth?source=forms", null, Duration.ofSeconds(10)).json();
            assertThat(json.get("feeds")).isEmpty();
            assertThat(json.get("forms").get("files")).hasSize(april.files().size());
            JsonNode row = json.get("forms").get("expectedRows").get(0);
            assertThat(row.get("month").asText()).isEqualTo("2024-03");
            assertThat(row.get("numerator").isIntegralNumber()).isTrue();
            assertThat(json.get("forms").get("normalisedFiles").get(0).get("fault").asText()).isEqualTo("decimal_comma");
        }
    }
}

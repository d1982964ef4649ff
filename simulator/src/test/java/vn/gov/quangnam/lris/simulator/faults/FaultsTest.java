package vn.gov.quangnam.lris.simulator.faults;

import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.simulator.EndpointLayout;
import vn.gov.quangnam.lris.simulator.ResultsDatabase;
import vn.gov.quangnam.lris.simulator.Source;

import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultsTest {
    private final EndpointLayout layout = EndpointLayout.standard(
            new ResultsDatabase("jdbc:postgresql://127.0.0.1:5432/sim", "u", "p"), Path.of("inbox"));
    private final Faults faults = new Faults(42, layout);

    @Test
    void aRequestFaultHitsEachDistinctRequestItsNumberOfTimesThenLetsItThrough() {
        faults.add(FaultRule.of("province", Source.DOSSIERS, FaultKind.HTTP_503).times(2));
        assertThat(faults.nextRequestFault("province", Source.DOSSIERS, 1, "a")).isPresent();
        assertThat(faults.nextRequestFault("province", Source.DOSSIERS, 1, "a")).isPresent();
        assertThat(faults.nextRequestFault("province", Source.DOSSIERS, 1, "a")).isEmpty();
        assertThat(faults.nextRequestFault("province", Source.DOSSIERS, 2, "b")).isPresent();
        assertThat(faults.nextRequestFault("province", Source.DOCUMENTS, 1, "c")).isEmpty();
    }

    @Test
    void aPageRestrictedFaultHitsOnlyThatPage() {
        faults.add(FaultRule.of("tamky", null, FaultKind.HTTP_500).onPage(3));
        assertThat(faults.nextRequestFault("tamky", Source.DOSSIERS, 2, "p2")).isEmpty();
        assertThat(faults.nextRequestFault("tamky", Source.DOSSIERS, 3, "p3")).isPresent();
    }

    @Test
    void recordFaultsPickAStableShareOfRecords() {
        faults.add(FaultRule.of("province", Source.DOSSIERS, FaultKind.UNKNOWN_UNIT).share(0.1));
        RecordFaultSelector selector = faults.recordFaults("province", Source.DOSSIERS);
        long hits = IntStream.range(0, 10_000).filter(id -> selector.select(id) == FaultKind.UNKNOWN_UNIT).count();
        assertThat(hits).isBetween(900L, 1100L);
        Faults again = new Faults(42, layout);
        again.add(FaultRule.of("province", Source.DOSSIERS, FaultKind.UNKNOWN_UNIT).share(0.1));
        RecordFaultSelector same = again.recordFaults("province", Source.DOSSIERS);
        assertThat(IntStream.range(0, 1000)).allMatch(id -> selector.select(id) == same.select(id));
    }

    @Test
    void refusesAnUnknownEndpointNamingTheKnownOnes() {
        assertThatThrownBy(() -> faults.add(FaultRule.of("danang", Source.DOSSIERS, FaultKind.HTTP_500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fault http_500: no endpoint named 'danang'; the endpoints are "
                        + "[province, tamky, hoian, dienban-results, forms]");
    }

    @Test
    void refusesASourceTheEndpointDoesNotServe() {
        assertThatThrownBy(() -> faults.add(FaultRule.of("tamky", Source.RESULTS, FaultKind.HTTP_500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fault http_500: endpoint tamky does not serve ketqua; it serves [hoso, hosocongviec, vanban]");
    }

    @Test
    void refusesAFaultThatCannotApplyToATypedTable() {
        assertThatThrownBy(() -> faults.add(FaultRule.of("dienban-results", Source.RESULTS, FaultKind.COMPACT_TIMESTAMP)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("fault compact_timestamp cannot apply to ketqua on dienban-results (postgres_table)");
    }

    @Test
    void refusesSharesAddingUpToMoreThanOne() {
        faults.add(FaultRule.of("province", Source.DOSSIERS, FaultKind.NFD_TEXT).share(0.7));
        assertThatThrownBy(() -> faults.add(FaultRule.of("province", Source.DOSSIERS, FaultKind.UNKNOWN_UNIT).share(0.4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the shares of the record faults on province/hoso add up to 1.1");
    }

    @Test
    void rulesCheckTheirOwnSettings() {
        assertThatThrownBy(() -> FaultRule.of("province", Source.DOSSIERS, FaultKind.UNKNOWN_UNIT).share(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fault unknown_unit on province/hoso: share must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> FaultRule.of("province", Source.DOSSIERS, FaultKind.EMPTY_PAGE).asDown())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fault empty_page on province/hoso: down works with http_429, http_500, http_503 or timeout");
    }

    @Test
    void clearingRemovesTheRules() {
        faults.add(FaultRule.down("province", FaultKind.HTTP_503));
        assertThat(faults.downRule("province", Source.DOSSIERS)).isPresent();
        assertThat(faults.downRule("province", null)).isPresent();
        faults.clear("province");
        assertThat(faults.downRule("province", Source.DOSSIERS)).isEmpty();
    }
}

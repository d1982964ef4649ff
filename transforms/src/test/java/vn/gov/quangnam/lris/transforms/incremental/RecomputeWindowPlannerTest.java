package vn.gov.quangnam.lris.transforms.incremental;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class RecomputeWindowPlannerTest {
    private static final Map<String, Long> RAW = Map.of("raw.onestop_dossiers", 11L, "raw.procedure_results", -1L);
    private static final PublishedState LAST = new PublishedState(LocalDate.of(2025, 3, 10), "1,2,3,4", "1,1", RAW, 7L);
    private static final PublishedState NOW = new PublishedState(LocalDate.of(2025, 3, 11), "1,2,3,4", "1,1",
            Map.of("raw.onestop_dossiers", 12L, "raw.procedure_results", -1L), 7L);

    @Test
    void aNewDayRecomputesTheYearOfTheLastRunsRunningPeriods() {
        RecomputeWindow window = RecomputeWindowPlanner.plan(Optional.of(LAST), NOW, RAW, OptionalInt.of(2025), OptionalInt.empty());

        assertThat(window.fromYear()).isEqualTo(2025);
        assertThat(window.label()).isEqualTo("from-2025");
    }

    @Test
    void aChangedOldRecordOrTheUsersRequestReachesFurtherBack() {
        assertThat(RecomputeWindowPlanner.plan(Optional.of(LAST), NOW, RAW, OptionalInt.of(2022), OptionalInt.empty()).fromYear())
                .isEqualTo(2022);
        assertThat(RecomputeWindowPlanner.plan(Optional.of(LAST), NOW, RAW, OptionalInt.of(2024), OptionalInt.of(2021)).fromYear())
                .isEqualTo(2021);
    }

    @Test
    void whatThePublishedRowsCannotBeTrustedForRecomputesEveryYear() {
        assertThat(RecomputeWindowPlanner.plan(Optional.empty(), NOW, RAW, OptionalInt.empty(), OptionalInt.empty()).reason())
                .contains("no previous publish");
        PublishedState newTargets = new PublishedState(NOW.asOf(), "1,2,3,5", "1,1", NOW.rawSnapshots(), 7L);
        assertThat(RecomputeWindowPlanner.plan(Optional.of(LAST), newTargets, RAW, OptionalInt.empty(), OptionalInt.empty()).reason())
                .contains("reference data changed");
        PublishedState newLayout = new PublishedState(NOW.asOf(), "1,2,3,4", "2,1", NOW.rawSnapshots(), 7L);
        assertThat(RecomputeWindowPlanner.plan(Optional.of(LAST), newLayout, RAW, OptionalInt.empty(), OptionalInt.empty()).reason())
                .contains("partitioning or columns changed");
        Map<String, Long> unpublished = Map.of("raw.onestop_dossiers", 12L, "raw.procedure_results", -1L);
        assertThat(RecomputeWindowPlanner.plan(Optional.of(LAST), NOW, unpublished, OptionalInt.empty(), OptionalInt.empty()).reason())
                .contains("did not publish");
        assertThat(RecomputeWindowPlanner.plan(Optional.of(LAST), NOW.withBreachRuns(8L), RAW, OptionalInt.empty(),
                OptionalInt.empty()).reason()).contains("breach runs");
        assertThat(RecomputeWindowPlanner.plan(Optional.of(LAST), NOW.withBreachRuns(-1L), RAW, OptionalInt.empty(),
                OptionalInt.empty()).isEveryYear()).isTrue();
        PublishedState earlier = new PublishedState(LocalDate.of(2025, 3, 1), "1,2,3,4", "1,1", NOW.rawSnapshots(), 7L);
        assertThat(RecomputeWindowPlanner.plan(Optional.of(LAST), earlier, RAW, OptionalInt.empty(), OptionalInt.empty()).isEveryYear())
                .isTrue();
    }

    @Test
    void theStateSurvivesTheSnapshotSummaryAndUnknownFormsAreIgnored() {
        assertThat(PublishedState.decode(LAST.encode())).contains(LAST);
        assertThat(PublishedState.decode(null)).isEmpty();
        assertThat(PublishedState.decode("something else")).isEmpty();
        String beforeBreachRuns = LAST.encode().replaceAll("\\|breach-runs=.*$", "");
        assertThat(PublishedState.decode(beforeBreachRuns)).as("a state from before the breach runs were kept").isEmpty();
    }
}

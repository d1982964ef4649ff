package vn.gov.quangnam.lris.serving.reporting;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingViewsTest {

    @Test
    void everyViewHasUniqueCommentedColumnsAndSelectsEachOfThem() {
        for (ReportingView view : ReportingViews.ALL) {
            Set<String> names = new HashSet<>();
            for (ViewColumn column : view.columns()) {
                assertThat(names.add(column.name())).as("%s.%s appears once", view.name(), column.name()).isTrue();
                assertThat(view.query("lris")).as(view.name()).containsPattern("(\\.|AS )" + column.name() + "(,|\\n)");
            }
        }
    }

    @Test
    void theQueryNamesTheCatalogItIsGiven() {
        assertThat(ReportingViews.INDICATOR_VALUES.query("warehouse"))
                .contains("FROM warehouse.mart.fct_indicator_values v").doesNotContain("{catalog}");
    }

    @Test
    void theFingerprintChangesWithAnyDefinitionOrComment() {
        String fingerprint = ReportingViewInstaller.fingerprint("lris", ReportingViews.ALL);
        ReportingView targets = ReportingViews.TARGETS_VIEW;
        ReportingView recommented = new ReportingView(targets.name(), targets.comment() + ".", targets.columns(), targets.query());

        assertThat(ReportingViewInstaller.fingerprint("lris", ReportingViews.ALL)).isEqualTo(fingerprint);
        assertThat(ReportingViewInstaller.fingerprint("other", ReportingViews.ALL)).isNotEqualTo(fingerprint);
        assertThat(ReportingViewInstaller.fingerprint("lris", List.of(ReportingViews.INDICATOR_VALUES, ReportingViews.LATEST_INDICATOR_VALUES,
                ReportingViews.BREACHES_VIEW, recommented))).isNotEqualTo(fingerprint);
        assertThat(ReportingViewInstaller.literal("Kế hoạch 'số 1'")).isEqualTo("'Kế hoạch ''số 1'''");
    }
}

package vn.gov.quangnam.lris.schema.reference.targets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.quangnam.lris.schema.reference.ReferenceDataException;
import vn.gov.quangnam.lris.schema.reference.ReferenceFile;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;
import vn.gov.quangnam.lris.schema.reference.indicators.IndicatorCatalogue;
import vn.gov.quangnam.lris.schema.reference.units.UnitLevel;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.quangnam.lris.schema.reference.ReferenceFileFixtures.write;

class TargetCatalogueTest {
    private static final IndicatorCatalogue INDICATORS = IndicatorCatalogue.load(ReferenceFiles.bundled().indicatorsFile());
    private static final TargetCatalogue TARGETS = TargetCatalogue.load(ReferenceFiles.bundled().targetsFile(), INDICATORS, 2020, 2030);
    private static final String SOURCES = """
            sources:
              - code: PLAN
                document: Kế hoạch thử nghiệm năm 2022
                seeds: test
            """;

    @TempDir
    Path directory;

    @ParameterizedTest
    @CsvSource({
            "digitization, COMMUNE, 2021, 15, QD-2370-2021",
            "digitization, COMMUNE, 2023, 55, QD-2370-2021",
            "digitization, PROVINCE, 2024, 90, QD-2370-2021",
            "digitization, PROVINCE, 2025, 100, QD-2370-2021",
            "digitization, DISTRICT, 2025, 100, QD-2370-2021",
            "digitization, COMMUNE, 2025, 95, QD-2370-2021",
            "digitization, COMMUNE, 2026, 100, QD-2370-2021",
            "e_processing, DISTRICT, 2022, 70, KH-CCHC-2022",
            "e_processing, DISTRICT, 2024, 70, KH-CCHC-2022",
            "e_processing, DISTRICT, 2025, 80, QD-2370-2021",
            "e_processing, PROVINCE, 2022, 80, KH-CCHC-2022",
            "e_processing, DEPARTMENT, 2025, 90, QD-2370-2021",
            "e_processing, COMMUNE, 2025, 60, QD-2370-2021",
            "online_payment, COMMUNE, 2023, 30, QD-2370-2021",
            "late_dossiers, DISTRICT, 2023, 0, KH-CCHC-2022",
            "satisfaction, COMMUNE, 2025, 90, QD-2370-2021"})
    void targetsResolveFromTheRuleInForceWithTheirSource(String indicator, UnitLevel level, int year, BigDecimal expected, String source) {
        ResolvedTarget target = TARGETS.resolve(indicator, level, year);
        assertThat(target.targetPct()).isEqualByComparingTo(expected);
        assertThat(target.source().code()).isEqualTo(source);
        assertThat(target.source().document()).isNotBlank();
    }

    @Test
    void theSourceDocumentAndTheRuleAreReadableForAReport() {
        ResolvedTarget target = TARGETS.resolve("e_processing", UnitLevel.DISTRICT, 2022);
        assertThat(target.source().document()).startsWith("Kế hoạch công tác cải cách hành chính năm 2022");
        assertThat(target.rule()).isEqualTo("at least 70% from 2022 until superseded");
        assertThat(TARGETS.resolve("digitization", UnitLevel.COMMUNE, 2023).rule())
                .isEqualTo("at least 15% in 2021, +20 points a year, capped at 100% until superseded");
        assertThat(TARGETS.resolve("late_dossiers", UnitLevel.COMMUNE, 2023).direction().code()).isEqualTo("at_most");
    }

    @Test
    void aTargetThatCannotBeResolvedIsAnErrorNotAZero() {
        assertThatThrownBy(() -> TARGETS.resolve("e_processing", UnitLevel.COMMUNE, 2021))
                .isInstanceOf(TargetNotFoundException.class)
                .hasMessageStartingWith("no target for e_processing at commune level in 2021: its rules are from 2022 for [commune, district, province] (reference/targets.yaml line ")
                .hasMessageContaining("Add a rule to the target catalogue");
    }

    @Test
    void aTargetAbove100IsRejected() {
        assertRejected(SOURCES + "rules:\n  - indicator: e_processing\n    source: PLAN\n    from_year: 2022\n    at_least: {province: 120}\n",
                "line 9: target province = 120 is outside 0..100");
    }

    @Test
    void aSteppedTargetThatWouldPass100WithoutACapIsRejected() {
        assertRejected(SOURCES + "rules:\n  - indicator: digitization\n    source: PLAN\n    from_year: 2021\n    at_least: {commune: 15}\n    yearly_step: 20\n",
                "line 6: the commune target of digitization reaches 115 in 2026, outside 0..100; add a cap or an until_year");
    }

    @Test
    void aTargetWithNoSourceIsRejected() {
        assertRejected(SOURCES + "rules:\n  - indicator: e_processing\n    from_year: 2022\n    at_least: {all: 80}\n",
                "line 6: the target for e_processing has no source");
    }

    @Test
    void aTargetWithAnUndefinedSourceIsRejected() {
        assertRejected(SOURCES + "rules:\n  - indicator: e_processing\n    source: NOPE\n    from_year: 2022\n    at_least: {all: 80}\n",
                "line 7: source 'NOPE' is not defined under 'sources'");
    }

    @Test
    void aDirectionThatContradictsTheIndicatorIsRejected() {
        assertRejected(SOURCES + "rules:\n  - indicator: late_dossiers\n    source: PLAN\n    from_year: 2022\n    at_least: {all: 0}\n",
                "line 9: the target says at_least but indicator late_dossiers is at_most in the indicator catalogue");
    }

    @Test
    void twoRulesStartingTheSameYearForTheSameLevelAreRejected() {
        assertRejected(SOURCES + "rules:\n"
                        + "  - {indicator: e_processing, source: PLAN, from_year: 2022, at_least: {district: 70}}\n"
                        + "  - {indicator: e_processing, source: PLAN, from_year: 2022, at_least: {all: 80}}\n",
                "line 7: a second target for e_processing from 2022 at the same level as ");
    }

    @Test
    void anIndicatorWithoutAnyTargetAndAnUnknownIndicatorAreRejected() {
        assertRejected(SOURCES + "rules:\n  - {indicator: no_such_thing, source: PLAN, from_year: 2022, at_least: {all: 80}}\n",
                "line 6: indicator 'no_such_thing' is not in the indicator catalogue");
        assertRejected(SOURCES + "rules:\n  - {indicator: e_processing, source: PLAN, from_year: 2022, at_least: {all: 80}}\n",
                "indicator digitization has no target rule; every indicator in the catalogue needs at least one");
    }

    @Test
    void aMisspeltKeyIsRejectedRatherThanIgnored() {
        assertRejected(SOURCES + "rules:\n  - indicator: e_processing\n    source: PLAN\n    from_yaer: 2022\n    at_least: {all: 80}\n",
                "line 8: unknown key 'from_yaer'");
    }

    private void assertRejected(String yaml, String expectedMessagePart) {
        ReferenceFile file = write(directory, "targets.yaml", yaml);
        assertThatThrownBy(() -> TargetCatalogue.load(file, INDICATORS, 2020, 2030))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining(file.name())
                .hasMessageContaining(expectedMessagePart);
    }
}

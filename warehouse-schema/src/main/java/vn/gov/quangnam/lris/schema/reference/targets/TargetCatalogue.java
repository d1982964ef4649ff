package vn.gov.quangnam.lris.schema.reference.targets;

import vn.gov.quangnam.lris.schema.reference.ReferenceDataException;
import vn.gov.quangnam.lris.schema.reference.ReferenceFile;
import vn.gov.quangnam.lris.schema.reference.ReferenceProblem;
import vn.gov.quangnam.lris.schema.reference.indicators.Indicator;
import vn.gov.quangnam.lris.schema.reference.indicators.IndicatorCatalogue;
import vn.gov.quangnam.lris.schema.reference.units.UnitLevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The target catalogue: resolves the target of an indicator for a level and year from the rules of
 * reference/targets.yaml. The rule in force is the covering rule with the latest {@code from_year}: a later plan
 * supersedes an earlier one from its first year on. Province agencies (level department) take the province target.
 */
public final class TargetCatalogue {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final List<TargetRule> rules;

    private TargetCatalogue(List<TargetRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads and checks the catalogue for the years {@code firstYear..lastYear} it will be materialised for. */
    public static TargetCatalogue load(ReferenceFile file, IndicatorCatalogue indicators, int firstYear, int lastYear) {
        List<TargetRule> rules = new TargetCatalogueReader(file, indicators).read();
        List<ReferenceProblem> problems = new ArrayList<>();
        checkNoTwoRulesStartTogether(rules, problems);
        checkValuesStayWithinHundred(rules, lastYear, problems);
        for (Indicator indicator : indicators.indicators()) {
            if (rules.stream().noneMatch(rule -> rule.indicatorCode().equals(indicator.code()))) {
                problems.add(new ReferenceProblem(file.name(), 0, "indicator " + indicator.code()
                        + " has no target rule; every indicator in the catalogue needs at least one"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
        return new TargetCatalogue(rules);
    }

    public List<TargetRule> rules() {
        return rules;
    }

    /** The target in force, or an error saying which rules exist for the indicator. */
    public ResolvedTarget resolve(String indicatorCode, UnitLevel level, int year) {
        return find(indicatorCode, level, year).orElseThrow(() -> new TargetNotFoundException(String.format(
                "no target for %s at %s level in %d: %s. Add a rule to the target catalogue (targets.yaml) "
                        + "or compute the indicator only for years that have a target",
                indicatorCode, level.code(), year, describeRules(indicatorCode))));
    }

    public Optional<ResolvedTarget> find(String indicatorCode, UnitLevel level, int year) {
        UnitLevel targetLevel = level.targetLevel();
        return rules.stream()
                .filter(rule -> rule.indicatorCode().equals(indicatorCode) && rule.covers(targetLevel, year))
                .max(Comparator.comparingInt(TargetRule::fromYear))
                .map(rule -> new ResolvedTarget(indicatorCode, level, year, rule.valueFor(targetLevel, year),
                        rule.direction(), rule.source(), rule.describe(targetLevel)));
    }

    private String describeRules(String indicatorCode) {
        List<String> existing = rules.stream().filter(rule -> rule.indicatorCode().equals(indicatorCode))
                .map(rule -> "from " + rule.fromYear() + (rule.untilYear() == null ? "" : " to " + rule.untilYear())
                        + " for " + rule.startValues().keySet().stream().map(UnitLevel::code).sorted().toList()
                        + " (" + rule.location() + ")")
                .toList();
        return existing.isEmpty() ? "the catalogue has no rule for this indicator" : "its rules are " + String.join(", ", existing);
    }

    private static void checkNoTwoRulesStartTogether(List<TargetRule> rules, List<ReferenceProblem> problems) {
        for (int i = 0; i < rules.size(); i++) {
            for (int j = 0; j < i; j++) {
                TargetRule rule = rules.get(i);
                TargetRule earlier = rules.get(j);
                if (rule.indicatorCode().equals(earlier.indicatorCode()) && rule.fromYear() == earlier.fromYear()
                        && rule.startValues().keySet().stream().anyMatch(earlier.startValues()::containsKey)) {
                    problems.add(new ReferenceProblem(rule.file(), rule.line(), "a second target for " + rule.indicatorCode()
                            + " from " + rule.fromYear() + " at the same level as " + earlier.location()
                            + "; which one applies would be ambiguous"));
                }
            }
        }
    }

    private static void checkValuesStayWithinHundred(List<TargetRule> rules, int lastYear, List<ReferenceProblem> problems) {
        for (TargetRule rule : rules) {
            int end = rule.untilYear() == null ? lastYear : rule.untilYear();
            for (UnitLevel level : rule.startValues().keySet()) {
                for (int year = rule.fromYear(); year <= end; year++) {
                    BigDecimal value = rule.valueFor(level, year);
                    if (value.compareTo(HUNDRED) > 0 || value.signum() < 0) {
                        problems.add(new ReferenceProblem(rule.file(), rule.line(), "the " + level.code() + " target of "
                                + rule.indicatorCode() + " reaches " + value.toPlainString() + " in " + year
                                + ", outside 0..100; add a cap or an until_year"));
                        return;
                    }
                }
            }
        }
    }
}

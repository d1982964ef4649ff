package vn.gov.quangnam.lris.schema.reference.targets;

import vn.gov.quangnam.lris.schema.reference.ReferenceDataException;
import vn.gov.quangnam.lris.schema.reference.ReferenceFile;
import vn.gov.quangnam.lris.schema.reference.ReferenceProblem;
import vn.gov.quangnam.lris.schema.reference.YamlReferenceFile;
import vn.gov.quangnam.lris.schema.reference.indicators.Direction;
import vn.gov.quangnam.lris.schema.reference.indicators.Indicator;
import vn.gov.quangnam.lris.schema.reference.indicators.IndicatorCatalogue;
import vn.gov.quangnam.lris.schema.reference.units.UnitLevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads reference/targets.yaml into sources and rules, checking each rule against the indicator catalogue. */
final class TargetCatalogueReader {
    private static final List<String> SOURCE_KEYS = List.of("code", "document", "seeds");
    private static final List<String> RULE_KEYS = List.of("indicator", "source", "from_year", "until_year",
            "at_least", "at_most", "yearly_step", "cap");
    private static final List<UnitLevel> TARGET_LEVELS = List.of(UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReferenceFile file;
    private final IndicatorCatalogue indicators;
    private final List<ReferenceProblem> problems = new ArrayList<>();

    TargetCatalogueReader(ReferenceFile file, IndicatorCatalogue indicators) {
        this.file = file;
        this.indicators = indicators;
    }

    List<TargetRule> read() {
        YamlReferenceFile.Mapping root = YamlReferenceFile.read(file);
        Map<String, TargetSource> sources = readSources(root);
        List<TargetRule> rules = new ArrayList<>();
        for (YamlReferenceFile.Mapping entry : root.mappings("rules")) {
            try {
                rules.add(readRule(entry, sources));
            } catch (ReferenceDataException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
        return rules;
    }

    private Map<String, TargetSource> readSources(YamlReferenceFile.Mapping root) {
        Map<String, TargetSource> sources = new LinkedHashMap<>();
        for (YamlReferenceFile.Mapping entry : root.mappings("sources")) {
            try {
                entry.allowOnly(SOURCE_KEYS);
                TargetSource source = new TargetSource(entry.text("code"), entry.text("document"), entry.text("seeds"));
                if (sources.putIfAbsent(source.code(), source) != null) {
                    problems.add(new ReferenceProblem(file.name(), entry.line(), "duplicate source code " + source.code()));
                }
            } catch (ReferenceDataException e) {
                problems.addAll(e.problems());
            }
        }
        return sources;
    }

    private TargetRule readRule(YamlReferenceFile.Mapping entry, Map<String, TargetSource> sources) {
        entry.allowOnly(RULE_KEYS);
        String indicatorCode = entry.text("indicator");
        Indicator indicator = indicators.find(indicatorCode).orElseThrow(() -> entry.problem(entry.lineOf("indicator"),
                "indicator '" + indicatorCode + "' is not in the indicator catalogue"));
        if (!entry.has("source")) {
            throw entry.problem(entry.line(), "the target for " + indicatorCode
                    + " has no source: name the plan or decision it comes from (one of the codes under 'sources')");
        }
        String sourceCode = entry.text("source");
        TargetSource source = sources.get(sourceCode);
        if (source == null) {
            throw entry.problem(entry.lineOf("source"), "source '" + sourceCode + "' is not defined under 'sources'");
        }
        Direction direction = direction(entry, indicator);
        String valuesKey = direction.code();
        int fromYear = entry.integer("from_year");
        Integer untilYear = entry.optionalInteger("until_year").orElse(null);
        if (untilYear != null && untilYear < fromYear) {
            throw entry.problem(entry.lineOf("until_year"), "until_year " + untilYear + " is before from_year " + fromYear);
        }
        BigDecimal step = entry.has("yearly_step") ? entry.decimal("yearly_step") : null;
        BigDecimal cap = entry.has("cap") ? percentage(entry, "cap", entry.decimal("cap")) : null;
        if (cap != null && step == null) {
            throw entry.problem(entry.lineOf("cap"), "cap only makes sense with yearly_step");
        }
        Map<UnitLevel, BigDecimal> values = levelValues(entry.mapping(valuesKey), entry);
        return new TargetRule(indicatorCode, source, fromYear, untilYear, direction, values, step, cap, file.name(), entry.line());
    }

    private Direction direction(YamlReferenceFile.Mapping entry, Indicator indicator) {
        boolean atLeast = entry.has("at_least");
        boolean atMost = entry.has("at_most");
        if (atLeast == atMost) {
            throw entry.problem(entry.line(), "a target needs exactly one of 'at_least' or 'at_most' with its values per level");
        }
        Direction direction = atLeast ? Direction.AT_LEAST : Direction.AT_MOST;
        if (direction != indicator.direction()) {
            throw entry.problem(entry.lineOf(direction.code()), "the target says " + direction.code() + " but indicator "
                    + indicator.code() + " is " + indicator.direction().code() + " in the indicator catalogue");
        }
        return direction;
    }

    private Map<UnitLevel, BigDecimal> levelValues(YamlReferenceFile.Mapping values, YamlReferenceFile.Mapping entry) {
        Map<UnitLevel, BigDecimal> byLevel = new EnumMap<>(UnitLevel.class);
        for (String key : values.keys()) {
            BigDecimal value = percentage(values, key, values.decimal(key));
            if (key.equals("all")) {
                TARGET_LEVELS.forEach(level -> byLevel.put(level, value));
                continue;
            }
            UnitLevel level = UnitLevel.fromCode(key).filter(TARGET_LEVELS::contains).orElseThrow(() -> values.problem(
                    values.lineOf(key), "level '" + key + "' must be province, district, commune or all "
                            + "(province agencies are judged by the province target)"));
            byLevel.put(level, value);
        }
        if (byLevel.isEmpty()) {
            throw entry.problem(values.line(), "no values: give a percentage per level (province, district, commune) or 'all'");
        }
        return byLevel;
    }

    private static BigDecimal percentage(YamlReferenceFile.Mapping mapping, String key, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw mapping.problem(mapping.lineOf(key), "target " + key + " = " + value.toPlainString()
                    + " is outside 0..100: targets are percentages");
        }
        return value;
    }
}

package vn.gov.quangnam.lris.schema.reference.indicators;

import vn.gov.quangnam.lris.schema.reference.ReferenceDataException;
import vn.gov.quangnam.lris.schema.reference.ReferenceFile;
import vn.gov.quangnam.lris.schema.reference.ReferenceProblem;
import vn.gov.quangnam.lris.schema.reference.YamlReferenceFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The indicator catalogue: every indicator the province is judged on, read from reference/indicators.yaml. */
public final class IndicatorCatalogue {
    static final List<String> SOURCE_SYSTEMS = List.of("onestop", "documents", "results", "self_reported");
    static final List<String> PROVINCE_ROLLUPS = List.of("departments", "all_units");
    static final List<String> DISTRICT_ROLLUPS = List.of("own_office", "own_office_and_communes");
    static final List<String> PERIOD_AGGREGATIONS = List.of("flow", "stock");
    private static final List<String> KEYS = List.of("code", "name_vi", "name_en", "numerator", "denominator",
            "direction", "source_system", "province_rollup", "district_rollup", "period_aggregation", "seeds");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

    private final Map<String, Indicator> indicators;

    private IndicatorCatalogue(Map<String, Indicator> indicators) {
        this.indicators = indicators;
    }

    public static IndicatorCatalogue load(ReferenceFile file) {
        YamlReferenceFile.Mapping root = YamlReferenceFile.read(file);
        List<ReferenceProblem> problems = new ArrayList<>();
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (YamlReferenceFile.Mapping entry : root.mappings("indicators")) {
            try {
                Indicator indicator = read(entry);
                Indicator previous = indicators.putIfAbsent(indicator.code(), indicator);
                if (previous != null) {
                    problems.add(new ReferenceProblem(file.name(), entry.line(), "duplicate indicator code "
                            + indicator.code() + " (first defined at line " + previous.sourceLine() + ")"));
                }
            } catch (ReferenceDataException e) {
                problems.addAll(e.problems());
            }
        }
        if (indicators.isEmpty() && problems.isEmpty()) {
            problems.add(new ReferenceProblem(file.name(), root.line(), "the catalogue has no indicators"));
        }
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
        return new IndicatorCatalogue(indicators);
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    private static Indicator read(YamlReferenceFile.Mapping entry) {
        entry.allowOnly(KEYS);
        String code = entry.text("code");
        if (!CODE.matcher(code).matches()) {
            throw entry.problem(entry.lineOf("code"), "indicator code '" + code + "' must be lower_snake_case");
        }
        String directionCode = entry.text("direction");
        Direction direction = Direction.fromCode(directionCode).orElseThrow(() -> entry.problem(entry.lineOf("direction"),
                "direction '" + directionCode + "' of " + code + " must be at_least or at_most"));
        return new Indicator(code, entry.text("name_vi"), entry.text("name_en"), entry.text("numerator"),
                entry.text("denominator"), direction, oneOf(entry, "source_system", SOURCE_SYSTEMS),
                oneOf(entry, "province_rollup", PROVINCE_ROLLUPS), oneOf(entry, "district_rollup", DISTRICT_ROLLUPS),
                oneOf(entry, "period_aggregation", PERIOD_AGGREGATIONS), entry.text("seeds"), entry.line());
    }

    private static String oneOf(YamlReferenceFile.Mapping entry, String key, List<String> allowed) {
        String value = entry.text(key);
        if (!allowed.contains(value)) {
            throw entry.problem(entry.lineOf(key), key + " '" + value + "' must be one of " + String.join(", ", allowed));
        }
        return value;
    }
}

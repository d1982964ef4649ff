package vn.gov.quangnam.lris.schema.reference;

import vn.gov.quangnam.lris.schema.reference.indicators.IndicatorCatalogue;
import vn.gov.quangnam.lris.schema.reference.periods.Period;
import vn.gov.quangnam.lris.schema.reference.periods.Periods;
import vn.gov.quangnam.lris.schema.reference.targets.TargetCatalogue;
import vn.gov.quangnam.lris.schema.reference.units.UnitCatalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * Units, periods, indicators and targets, read and checked together. Loading fails with every problem of every file
 * before anything is written.
 */
public record ReferenceData(UnitCatalogue units, List<Period> periods, IndicatorCatalogue indicators,
                            TargetCatalogue targets) {

    public static ReferenceData load(ReferenceFiles files) {
        List<ReferenceProblem> problems = new ArrayList<>();
        UnitCatalogue units = collect(() -> UnitCatalogue.load(files.unitFiles()), problems);
        IndicatorCatalogue indicators = collect(() -> IndicatorCatalogue.load(files.indicatorsFile()), problems);
        TargetCatalogue targets = indicators == null ? null : collect(() -> TargetCatalogue.load(files.targetsFile(),
                indicators, Periods.FIRST_YEAR, Periods.LAST_YEAR), problems);
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
        return new ReferenceData(units, Periods.all(), indicators, targets);
    }

    private static <T> T collect(java.util.function.Supplier<T> loader, List<ReferenceProblem> problems) {
        try {
            return loader.get();
        } catch (ReferenceDataException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}

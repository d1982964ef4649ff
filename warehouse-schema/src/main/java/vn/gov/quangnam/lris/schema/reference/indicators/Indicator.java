package vn.gov.quangnam.lris.schema.reference.indicators;

import static java.util.Objects.requireNonNull;

/**
 * One indicator of the catalogue (reference/indicators.yaml): a rate numerator / denominator per unit and period.
 *
 * @param sourceSystem onestop, documents, results or self_reported
 * @param provinceRollup which units the province rate covers: {@code departments} (the province's own agencies) or
 *                       {@code all_units}
 * @param districtRollup which units a district rate covers: {@code own_office} (the district's own agencies) or
 *                       {@code own_office_and_communes}
 * @param periodAggregation {@code flow} (a period sums its months) or {@code stock} (a period takes its last day)
 */
public record Indicator(String code, String nameVi, String nameEn, String numeratorDefinition,
                        String denominatorDefinition, Direction direction, String sourceSystem,
                        String provinceRollup, String districtRollup, String periodAggregation, String seedReference,
                        int sourceLine) {
    public Indicator {
        requireNonNull(code, "code is null");
        requireNonNull(direction, "direction is null");
    }
}

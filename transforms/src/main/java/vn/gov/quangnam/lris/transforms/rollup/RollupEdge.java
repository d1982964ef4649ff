package vn.gov.quangnam.lris.transforms.rollup;

/** One row of the roll-up map: in this hierarchy and period, the child unit's figures count for the ancestor. */
public record RollupEdge(String hierarchy, String periodId, String childUnitCode, String ancestorUnitCode,
                         String ancestorLevel, String relation) {
}

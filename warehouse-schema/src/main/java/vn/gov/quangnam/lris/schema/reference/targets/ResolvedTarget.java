package vn.gov.quangnam.lris.schema.reference.targets;

import vn.gov.quangnam.lris.schema.reference.indicators.Direction;
import vn.gov.quangnam.lris.schema.reference.units.UnitLevel;

import java.math.BigDecimal;

/** The target of one indicator for one level and year, with the document it comes from and how it was derived. */
public record ResolvedTarget(String indicatorCode, UnitLevel level, int year, BigDecimal targetPct,
                             Direction direction, TargetSource source, String rule) {
}

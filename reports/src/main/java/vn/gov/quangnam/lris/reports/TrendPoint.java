package vn.gov.quangnam.lris.reports;

import java.math.BigDecimal;

/** One point of a trend chart: a period's id and the unit's value in it (null when there was no data). */
public record TrendPoint(String periodId, BigDecimal valuePct) {
}

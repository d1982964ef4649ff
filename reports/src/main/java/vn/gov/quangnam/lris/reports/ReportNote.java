package vn.gov.quangnam.lris.reports;

import java.math.BigDecimal;

/** A unit and indicator mentioned besides the breaches: now at risk, or resolved since the previous period. */
public record ReportNote(String unitCode, String unitName, String indicatorName, BigDecimal valuePct,
                         BigDecimal targetPct) {
}

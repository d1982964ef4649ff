package vn.gov.quangnam.lris.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * One breach as a report shows it: who, what, when, how far from the target, since when, where it is heading and
 * which document set the target. {@code projectedYearEndPct} is null when the mart has no projection.
 */
public record ReportRow(String unitCode, String unitName, String indicatorCode, String indicatorName,
                        String periodId, String periodLabel, BigDecimal valuePct, BigDecimal targetPct,
                        BigDecimal gapPct, int consecutivePeriods, String severity, boolean isNew,
                        BigDecimal projectedYearEndPct, String sourceDocument, List<TrendPoint> trend) {
    public ReportRow {
        trend = List.copyOf(trend);
    }

    public String severityVi() {
        switch (severity) {
            case "critical":
                return "Rất nghiêm trọng";
            case "major":
                return "Nghiêm trọng";
            case "minor":
                return "Nhẹ";
            default:
                return severity;
        }
    }

    public String changeVi() {
        return isNew ? "Mới phát sinh" : "Tiếp diễn " + consecutivePeriods + " kỳ liên tiếp";
    }
}

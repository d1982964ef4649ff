package vn.gov.quangnam.lris.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sparkline of a breach's last periods against its target, laid out in a box of the given size: the vertical scale
 * runs from 10 points below the lowest value (or target) to 10 points above the highest, within 0..100%, so a
 * decline of a few points is visible. Renderers draw the points and the target
 * line it computes (inline SVG in HTML, PDF lines in the PDF). Periods without data leave a gap in the line.
 */
public final class TrendChart {
    private final double width;
    private final double height;
    private final List<TrendPoint> points;
    private final BigDecimal target;
    private final double low;
    private final double high;

    public TrendChart(List<TrendPoint> points, BigDecimal target, double width, double height) {
        this.points = List.copyOf(points);
        this.target = target;
        this.width = width;
        this.height = height;
        java.util.DoubleSummaryStatistics range = points.stream().filter(point -> point.valuePct() != null)
                .mapToDouble(point -> point.valuePct().doubleValue()).summaryStatistics();
        if (target != null) {
            range.accept(target.doubleValue());
        }
        this.low = range.getCount() == 0 ? 0 : Math.max(0, range.getMin() - 10);
        this.high = range.getCount() == 0 ? 100 : Math.min(100, range.getMax() + 10);
    }

    /** Points (x, y) from the top-left corner, y growing downwards; null where the period has no value. */
    public List<double[]> positions() {
        List<double[]> positions = new ArrayList<>();
        double step = points.size() > 1 ? width / (points.size() - 1) : 0;
        for (int i = 0; i < points.size(); i++) {
            BigDecimal value = points.get(i).valuePct();
            positions.add(value == null ? null : new double[]{i * step, y(value)});
        }
        return positions;
    }

    /** The y of the target line from the top, or -1 when there is no target. */
    public double targetY() {
        return target == null ? -1 : y(target);
    }

    private double y(BigDecimal value) {
        double clamped = Math.max(low, Math.min(high, value.doubleValue()));
        return high == low ? height / 2 : height - (clamped - low) / (high - low) * height;
    }

    public String svg() {
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" role=\"img\">",
                width + 8, height + 8));
        svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#f6f6f6\"/>",
                width + 8, height + 8));
        if (target != null) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"4\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#2e7d32\" stroke-dasharray=\"3,2\"/>", targetY() + 4, width + 4, targetY() + 4));
        }
        StringBuilder line = new StringBuilder();
        for (double[] position : positions()) {
            if (position == null) {
                continue;
            }
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", position[0] + 4, position[1] + 4));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"#c62828\"/>",
                    position[0] + 4, position[1] + 4));
        }
        svg.append("<polyline fill=\"none\" stroke=\"#c62828\" stroke-width=\"1.5\" points=\"")
                .append(line.toString().trim()).append("\"/></svg>");
        return svg.toString();
    }
}

package vn.gov.quangnam.lris.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What the wall must show, computed here from {@code mart.fct_indicator_values} rows read through Trino (not by the
 * dashboard's queries), and written the way the wall writes numbers: one decimal, decimal comma.
 */
final class ExpectedFigures {
    private ExpectedFigures() {
    }

    /** The rate of several units taken together: sum of numerators over sum of denominators, in percent. */
    static BigDecimal combinedRate(List<List<String>> numeratorDenominatorRows) {
        long numerator = 0;
        long denominator = 0;
        for (List<String> row : numeratorDenominatorRows) {
            numerator += Long.parseLong(row.get(0));
            denominator += Long.parseLong(row.get(1));
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }

    static String percent(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%";
    }

    static String percent(String value) {
        return percent(new BigDecimal(value));
    }

    static String gap(BigDecimal value) {
        BigDecimal shown = value.setScale(1, RoundingMode.HALF_UP);
        return (shown.signum() < 0 ? "−" : "+") + shown.abs().toPlainString().replace('.', ',');
    }

    /** value − target for at_least indicators, target − value for at_most ones. */
    static BigDecimal gap(BigDecimal value, BigDecimal target, String direction) {
        return "at_most".equals(direction) ? target.subtract(value) : value.subtract(target);
    }
}

package vn.gov.quangnam.lris.simulator.truth;

import java.time.YearMonth;

import static java.util.Objects.requireNonNull;

/** A self-reported figure a correct ingestion loads: unit, month, indicator, numerator, denominator. */
public record ExpectedFormRow(String unitCode, YearMonth month, String indicator, long numerator, long denominator,
                              String fileName) {
    public ExpectedFormRow {
        requireNonNull(unitCode, "unitCode is null");
        requireNonNull(month, "month is null");
        requireNonNull(indicator, "indicator is null");
        requireNonNull(fileName, "fileName is null");
    }
}

package vn.gov.quangnam.lris.reports;

import static java.util.Objects.requireNonNull;

/** An indicator of {@code mart.dim_indicators}, as a report names it. */
public record Indicator(String indicatorCode, String nameVi, String direction) {
    public Indicator {
        requireNonNull(indicatorCode, "indicatorCode is null");
        requireNonNull(nameVi, "nameVi is null");
        requireNonNull(direction, "direction is null");
    }
}

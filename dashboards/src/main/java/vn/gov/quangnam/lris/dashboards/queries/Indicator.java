package vn.gov.quangnam.lris.dashboards.queries;

import static java.util.Objects.requireNonNull;

/** An indicator of {@code mart.dim_indicators}: code, Vietnamese name and direction ({@code at_least} or {@code at_most}). */
public record Indicator(String code, String nameVi, String direction) {
    public Indicator {
        requireNonNull(code, "code is null");
        requireNonNull(nameVi, "nameVi is null");
        requireNonNull(direction, "direction is null");
    }

    public boolean higherIsBetter() {
        return !"at_most".equals(direction);
    }
}

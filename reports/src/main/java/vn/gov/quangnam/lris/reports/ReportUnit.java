package vn.gov.quangnam.lris.reports;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** One validity interval of a unit ({@code mart.dim_units}); {@code validTo} null means still valid. */
public record ReportUnit(String unitCode, String unitName, String level, String districtCode, LocalDate validFrom,
                         LocalDate validTo) {
    public ReportUnit {
        requireNonNull(unitCode, "unitCode is null");
        requireNonNull(unitName, "unitName is null");
        requireNonNull(level, "level is null");
        requireNonNull(validFrom, "validFrom is null");
    }

    public boolean validDuring(ReportPeriod period) {
        return !validFrom.isAfter(period.endDate()) && (validTo == null || !validTo.isBefore(period.startDate()));
    }
}

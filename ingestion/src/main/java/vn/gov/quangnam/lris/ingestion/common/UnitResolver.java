package vn.gov.quangnam.lris.ingestion.common;

import vn.gov.quangnam.lris.schema.reference.units.UnitCatalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.quangnam.lris.schema.reference.units.Unit;

import static java.util.Objects.requireNonNull;

/** Checks that a unit code names a unit of the province on the record's date (units are effective-dated). */
public final class UnitResolver {
    private final UnitCatalogue units;

    public UnitResolver(UnitCatalogue units) {
        this.units = requireNonNull(units, "units is null");
    }

    /** Returns the code if it is valid on the day of {@code at} (in Hanoi time), else rejects the record. */
    public String require(String field, String code, Instant at) {
        LocalDate day = at.atZone(SourceTimestamps.DEFAULT_ZONE).toLocalDate();
        return require(field, code, day);
    }

    /**
     * A unit given by code or, as spreadsheets often do, by name ({@code Phường Tân Thạnh}, with or without
     * diacritics): the name must match exactly one unit valid on that day.
     */
    public String requireCodeOrName(String field, String codeOrName, LocalDate day) {
        String code = SourceText.code(codeOrName);
        if (units.find(code, day).isPresent()) {
            return code;
        }
        String folded = SourceText.folded(codeOrName);
        List<Unit> matches = units.validOn(day).stream().filter(unit -> SourceText.folded(unit.name()).equals(folded)).toList();
        if (matches.size() == 1) {
            return matches.get(0).code();
        }
        if (matches.size() > 1) {
            throw new RecordRejectedException(RejectionReason.UNKNOWN_UNIT, field + " '" + codeOrName + "' names "
                    + matches.size() + " units on " + day + " (" + matches.stream().map(Unit::code).toList() + "); send the unit code");
        }
        return require(field, code, day);
    }

    public String require(String field, String code, LocalDate day) {
        if (units.find(code, day).isEmpty()) {
            throw new RecordRejectedException(RejectionReason.UNKNOWN_UNIT, field + " '" + code + "' is not a unit of the province on "
                    + day + "; the source must send a statistics office code (e.g. 20335) or a department code (e.g. 49-SNV)");
        }
        return code;
    }
}

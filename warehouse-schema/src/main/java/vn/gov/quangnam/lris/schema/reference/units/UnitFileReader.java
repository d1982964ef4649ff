package vn.gov.quangnam.lris.schema.reference.units;

import vn.gov.quangnam.lris.schema.reference.CsvReferenceFile;
import vn.gov.quangnam.lris.schema.reference.ReferenceFile;
import vn.gov.quangnam.lris.schema.reference.ReferenceProblem;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads unit rows from a units CSV, checking each row on its own; {@link UnitCatalogue} checks them together. */
final class UnitFileReader {
    static final List<String> COLUMNS = List.of("unit_code", "unit_name", "unit_type", "level", "parent_code",
            "valid_from", "valid_to", "successor_code");

    private UnitFileReader() {
    }

    static void read(ReferenceFile file, List<Unit> units, List<ReferenceProblem> problems) {
        for (CsvReferenceFile.Row row : CsvReferenceFile.read(file, COLUMNS).rows()) {
            Unit unit = toUnit(row, problems);
            if (unit != null) {
                units.add(unit);
            }
        }
    }

    private static Unit toUnit(CsvReferenceFile.Row row, List<ReferenceProblem> problems) {
        int before = problems.size();
        String code = required(row, "unit_code", problems);
        String name = required(row, "unit_name", problems);
        String type = required(row, "unit_type", problems);
        String levelCode = required(row, "level", problems);
        UnitLevel level = null;
        if (levelCode != null) {
            level = UnitLevel.fromCode(levelCode.toLowerCase(Locale.ROOT)).orElse(null);
            if (level == null) {
                problems.add(problem(row, "level '" + levelCode + "' is not one of "
                        + Arrays.stream(UnitLevel.values()).map(UnitLevel::code).collect(Collectors.joining(", "))));
            }
        }
        LocalDate validFrom = date(row, "valid_from", true, problems);
        LocalDate validTo = date(row, "valid_to", false, problems);
        String parentCode = normalizeCode(row.optional("parent_code"));
        String successorCode = normalizeCode(row.optional("successor_code"));
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.add(problem(row, "valid_to " + validTo + " is before valid_from " + validFrom));
        }
        if (level == UnitLevel.PROVINCE && parentCode != null) {
            problems.add(problem(row, "a province has no parent, but parent_code is " + parentCode));
        }
        if (level != null && level != UnitLevel.PROVINCE && parentCode == null) {
            problems.add(problem(row, "a " + level.code() + " needs a parent_code (its " + level.parentLevel().orElseThrow().code() + ")"));
        }
        if (successorCode != null && validTo == null) {
            problems.add(problem(row, "successor_code " + successorCode + " is set but the unit has no valid_to"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Unit(normalizeCode(code), nfc(name), nfc(type), level, parentCode, validFrom, validTo, successorCode,
                row.file(), row.line());
    }

    private static String required(CsvReferenceFile.Row row, String column, List<ReferenceProblem> problems) {
        String value = row.optional(column);
        if (value == null) {
            problems.add(problem(row, column + " is empty"));
        }
        return value;
    }

    private static LocalDate date(CsvReferenceFile.Row row, String column, boolean required, List<ReferenceProblem> problems) {
        String value = row.optional(column);
        if (value == null) {
            if (required) {
                problems.add(problem(row, column + " is empty; write the date as yyyy-MM-dd"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(problem(row, column + " '" + value + "' is not a date; write it as yyyy-MM-dd"));
            return null;
        }
    }

    private static String normalizeCode(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    private static ReferenceProblem problem(CsvReferenceFile.Row row, String text) {
        return new ReferenceProblem(row.file(), row.line(), text);
    }
}

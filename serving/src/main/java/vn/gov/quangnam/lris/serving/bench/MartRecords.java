package vn.gov.quangnam.lris.serving.bench;

import org.apache.iceberg.DataFile;
import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.io.CloseableIterable;
import vn.gov.quangnam.lris.schema.load.TableFiles;
import vn.gov.quangnam.lris.schema.tables.FctBreachesTable;
import vn.gov.quangnam.lris.schema.tables.FctIndicatorValuesTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Rows of the mart fact tables as the transforms write them, for test fixtures and the benchmark's synthetic
 * warehouse ({@link MartNames} fills their name columns). Values follow the table contracts:
 * {@code value_pct = numerator / denominator * 100}, {@code gap_pct = value - target} for at_least indicators, status
 * {@code met} when the gap is not negative, {@code at_risk} within 5 points, else {@code breached}.
 */
public final class MartRecords {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal AT_RISK_POINTS = BigDecimal.valueOf(-5);
    private static final OffsetDateTime COMPUTED_AT = OffsetDateTime.of(2025, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private MartRecords() {
    }

    /** A {@code mart.fct_indicator_values} row of an at_least indicator. */
    public static Record indicatorValue(String indicatorCode, String unitCode, String level, String periodId, String hierarchy,
                                        long numerator, long denominator, BigDecimal targetPct) {
        Record record = GenericRecord.create(FctIndicatorValuesTable.SCHEMA);
        BigDecimal value = denominator == 0 ? null
                : BigDecimal.valueOf(numerator).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
        BigDecimal gap = value == null || targetPct == null ? null : value.subtract(targetPct).setScale(4, RoundingMode.HALF_UP);
        record.setField("indicator_code", indicatorCode);
        record.setField("unit_code", unitCode);
        record.setField("period_id", periodId);
        record.setField("hierarchy", hierarchy);
        record.setField("level", level);
        record.setField("numerator", numerator);
        record.setField("denominator", denominator);
        record.setField("value_pct", value);
        record.setField("target_pct", targetPct == null ? null : targetPct.setScale(2, RoundingMode.HALF_UP));
        record.setField("gap_pct", gap);
        record.setField("status", status(gap));
        record.setField("projected_year_end_pct", value);
        record.setField("computed_at", COMPUTED_AT);
        record.setField("period_year", periodYear(periodId));
        return record;
    }

    /** A {@code mart.fct_breaches} row. */
    public static Record breach(String indicatorCode, String unitCode, String level, String periodId, BigDecimal valuePct,
                                BigDecimal targetPct, int consecutivePeriods, String severity, String sourceDocument) {
        Record record = GenericRecord.create(FctBreachesTable.SCHEMA);
        record.setField("indicator_code", indicatorCode);
        record.setField("unit_code", unitCode);
        record.setField("period_id", periodId);
        record.setField("level", level);
        record.setField("value_pct", valuePct.setScale(4, RoundingMode.HALF_UP));
        record.setField("target_pct", targetPct.setScale(2, RoundingMode.HALF_UP));
        record.setField("gap_pct", valuePct.subtract(targetPct).setScale(4, RoundingMode.HALF_UP));
        record.setField("consecutive_periods", consecutivePeriods);
        record.setField("severity", severity);
        record.setField("source_document", sourceDocument);
        record.setField("computed_at", COMPUTED_AT);
        record.setField("period_year", periodYear(periodId));
        return record;
    }

    /** Writes the records into new data files and commits them in one append; returns the files written. */
    public static List<DataFile> append(Table table, Iterable<Record> records) {
        List<DataFile> files = TableFiles.write(table, records);
        AppendFiles append = table.newAppend();
        files.forEach(append::appendFile);
        append.commit();
        return files;
    }

    /** Every row of a (small) table, copied: the reference dimensions a fixture builds its facts from. */
    public static List<Record> readAll(Table table) {
        try (CloseableIterable<Record> records = IcebergGenerics.read(table).build()) {
            List<Record> copies = new ArrayList<>();
            records.forEach(record -> copies.add(record.copy()));
            return copies;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table.name() + ": " + e.getMessage(), e);
        }
    }

    /** The {@code mart.dim_units} rows valid on {@code day}. */
    public static List<Record> unitsValidOn(List<Record> units, LocalDate day) {
        List<Record> valid = new ArrayList<>();
        for (Record unit : units) {
            LocalDate from = (LocalDate) unit.getField("valid_from");
            LocalDate to = (LocalDate) unit.getField("valid_to");
            if (!from.isAfter(day) && (to == null || !to.isBefore(day))) {
                valid.add(unit);
            }
        }
        return valid;
    }

    private static String status(BigDecimal gap) {
        if (gap == null) {
            return "no_data";
        }
        if (gap.signum() >= 0) {
            return "met";
        }
        return gap.compareTo(AT_RISK_POINTS) >= 0 ? "at_risk" : "breached";
    }

    /** The year of a period id: 2024-03, 2024-Q1, R2024-03 and R2024 are all of 2024 (dim_periods.year). */
    static int periodYear(String periodId) {
        return Integer.parseInt(periodId.substring(periodId.startsWith("R") ? 1 : 0).substring(0, 4));
    }
}

package vn.gov.quangnam.lris.reports;

import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.exceptions.NoSuchTableException;
import org.apache.iceberg.io.CloseableIterable;
import vn.gov.quangnam.lris.schema.tables.DimIndicatorsTable;
import vn.gov.quangnam.lris.schema.tables.DimPeriodsTable;
import vn.gov.quangnam.lris.schema.tables.DimUnitsTable;
import vn.gov.quangnam.lris.schema.tables.FctBreachesTable;
import vn.gov.quangnam.lris.schema.tables.FctIndicatorValuesTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/** Reads the mart tables the reports need from the Iceberg catalog into a {@link MartSnapshot}. */
public final class MartReader {
    private static final String AS_REPORTED = "as_reported";

    private final Catalog catalog;

    public MartReader(Catalog catalog) {
        this.catalog = requireNonNull(catalog, "catalog is null");
    }

    public MartSnapshot read() {
        return new MartSnapshot(
                rows(DimUnitsTable.IDENTIFIER, MartReader::unit),
                rows(DimPeriodsTable.IDENTIFIER, MartReader::period),
                rows(DimIndicatorsTable.IDENTIFIER, row -> new Indicator(text(row, "indicator_code"),
                        text(row, "name_vi"), text(row, "direction"))),
                rows(FctBreachesTable.IDENTIFIER, MartReader::breach),
                rows(FctIndicatorValuesTable.IDENTIFIER, MartReader::value).stream()
                        .filter(value -> value != null).toList());
    }

    private <T> List<T> rows(TableIdentifier identifier, Function<Record, T> mapper) {
        Table table;
        try {
            table = catalog.loadTable(identifier);
        } catch (NoSuchTableException e) {
            throw new ReportException("table " + identifier + " does not exist in the warehouse catalog; run "
                    + "'lris schema apply' and 'lris transform' before the breach reports", e);
        }
        List<T> rows = new ArrayList<>();
        try (CloseableIterable<Record> records = IcebergGenerics.read(table).build()) {
            records.forEach(record -> rows.add(mapper.apply(record)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + identifier + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static ReportUnit unit(Record row) {
        return new ReportUnit(text(row, "unit_code"), text(row, "unit_name"), text(row, "level"),
                (String) row.getField("district_code"), (LocalDate) row.getField("valid_from"),
                (LocalDate) row.getField("valid_to"));
    }

    private static ReportPeriod period(Record row) {
        return new ReportPeriod(text(row, "period_id"), text(row, "period_type"), text(row, "calendar"),
                (Integer) row.getField("year"), (LocalDate) row.getField("start_date"),
                (LocalDate) row.getField("end_date"), text(row, "label_vi"));
    }

    private static Breach breach(Record row) {
        return new Breach(text(row, "indicator_code"), text(row, "unit_code"), text(row, "period_id"),
                text(row, "level"), decimal(row, "value_pct"), decimal(row, "target_pct"), decimal(row, "gap_pct"),
                (Integer) row.getField("consecutive_periods"), text(row, "severity"), text(row, "source_document"));
    }

    private static IndicatorValue value(Record row) {
        if (!AS_REPORTED.equals(row.getField("hierarchy"))) {
            return null;
        }
        return new IndicatorValue(text(row, "indicator_code"), text(row, "unit_code"), text(row, "period_id"),
                text(row, "level"), decimal(row, "value_pct"), decimal(row, "target_pct"), decimal(row, "gap_pct"),
                text(row, "status"), decimal(row, "projected_year_end_pct"));
    }

    private static String text(Record row, String column) {
        return (String) row.getField(column);
    }

    private static BigDecimal decimal(Record row, String column) {
        return (BigDecimal) row.getField(column);
    }
}

package vn.gov.quangnam.lris.simulator.results;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.simulator.ResultsDatabase;
import vn.gov.quangnam.lris.simulator.faults.FaultCategory;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.RecordFaultSelector;
import vn.gov.quangnam.lris.simulator.generation.Feed;
import vn.gov.quangnam.lris.simulator.generation.RecordWriter;
import vn.gov.quangnam.lris.simulator.generation.SimulatedRecord;
import vn.gov.quangnam.lris.simulator.generation.SimulatorTime;
import vn.gov.quangnam.lris.simulator.generation.TimestampStyle;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * The results register of a district that exposes it only as a PostgreSQL table: {@code ket_qua_tthc}, with the
 * contract's fields in snake case ({@code maKetQua} is {@code ma_ket_qua}, and so on), typed columns
 * (timestamptz for instants, date for {@code hieu_luc_den}) and a plain index on (ngay_cap_nhat, ma_ket_qua). The
 * simulator drops and recreates the table at start and rewrites its rows in one transaction whenever the clock moves
 * or the endpoint's faults change, so a reader always sees a consistent register.
 */
public final class ResultsTable {
    public static final String TABLE = "ket_qua_tthc";
    private static final Logger log = LoggerFactory.getLogger(ResultsTable.class);
    private static final String COLUMNS = "ma_ket_qua, ma_don_vi, ma_tthc, ngay_cap, hieu_luc_den, ngay_so_hoa, "
            + "ngay_cap_nhat";

    private final ResultsDatabase database;

    public ResultsTable(ResultsDatabase database) {
        this.database = requireNonNull(database, "database is null");
    }

    /** Drops and recreates the table and its index. */
    public void create() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
            statement.execute("CREATE TABLE " + TABLE + " ("
                    + "ma_ket_qua varchar(64) PRIMARY KEY, "
                    + "ma_don_vi varchar(32) NOT NULL, "
                    + "ma_tthc varchar(32) NOT NULL, "
                    + "ngay_cap timestamptz NOT NULL, "
                    + "hieu_luc_den date, "
                    + "ngay_so_hoa timestamptz, "
                    + "ngay_cap_nhat timestamptz NOT NULL)");
            statement.execute("CREATE INDEX " + TABLE + "_ngay_cap_nhat_idx ON " + TABLE + " (ngay_cap_nhat, ma_ket_qua)");
        } catch (SQLException e) {
            throw failure("cannot create table " + TABLE, e);
        }
    }

    /** Replaces the table's rows with the feed's visible records, with the record faults in force. */
    public void replaceAll(Feed feed, RecordFaultSelector faults) {
        StringBuilder csv = new StringBuilder();
        CsvRow row = new CsvRow(csv);
        feed.forEachVisible(served -> {
            FaultKind fault = faults.select(served.id());
            SimulatedRecord record = served.record();
            if (fault != null && fault.category() == FaultCategory.BAD) {
                record = record.withFault(fault);
            }
            row.start(fault == FaultKind.PADDED_LOWERCASE_CODE);
            record.write(row, served.version(), served.updatedAt());
            row.end();
        });
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM " + TABLE);
            }
            long rows = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY " + TABLE + " (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
            connection.commit();
            log.debug("results table {} of {}: {} rows", TABLE, feed.describe(), rows);
        } catch (SQLException | java.io.IOException e) {
            throw failure("cannot write the rows of table " + TABLE, e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private RuntimeException failure(String what, Exception e) {
        return new IllegalStateException(what + " in " + database.jdbcUrl() + " as " + database.user() + ": "
                + e.getMessage() + "; check that the database exists and the user may create tables in it", e);
    }

    /** Turns a result's fields into one CSV line of the COPY, in the table's column order. */
    private static final class CsvRow implements RecordWriter {
        private final StringBuilder csv;
        private final String[] values = new String[7];
        private boolean paddedCodes;

        CsvRow(StringBuilder csv) {
            this.csv = csv;
        }

        void start(boolean padded) {
            java.util.Arrays.fill(values, null);
            paddedCodes = padded;
        }

        void end() {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                if (values[i] != null) {
                    csv.append('"').append(values[i].replace("\"", "\"\"")).append('"');
                }
            }
            csv.append('\n');
        }

        private void set(String field, String value) {
            int column = switch (field) {
                case "maKetQua" -> 0;
                case "maDonVi" -> 1;
                case "maTTHC" -> 2;
                case "ngayCap" -> 3;
                case "hieuLucDen" -> 4;
                case "ngaySoHoa" -> 5;
                case "ngayCapNhat" -> 6;
                default -> throw new IllegalArgumentException("no column for result field " + field);
            };
            values[column] = value;
        }

        @Override
        public void plain(String field, String value) {
            set(field, value);
        }

        @Override
        public void text(String field, String value) {
            set(field, value);
        }

        @Override
        public void unitCode(String field, String code) {
            set(field, paddedCodes ? " " + code.toLowerCase(Locale.ROOT) + "  " : code);
        }

        @Override
        public void timestamp(String field, long epochSecond) {
            set(field, epochSecond == NO_TIME ? null : SimulatorTime.format(epochSecond, TimestampStyle.OFFSET));
        }

        @Override
        public void date(String field, java.time.LocalDate date) {
            set(field, date == null ? null : date.toString());
        }

        @Override
        public void number(String field, long value) {
            set(field, Long.toString(value));
        }

        @Override
        public void nullValue(String field) {
            set(field, null);
        }

        @Override
        public void startArray(String field) {
            throw new UnsupportedOperationException("results have no lists");
        }

        @Override
        public void endArray() {
            throw new UnsupportedOperationException("results have no lists");
        }

        @Override
        public void startObject() {
            throw new UnsupportedOperationException("results have no nested objects");
        }

        @Override
        public void endObject() {
            throw new UnsupportedOperationException("results have no nested objects");
        }
    }
}

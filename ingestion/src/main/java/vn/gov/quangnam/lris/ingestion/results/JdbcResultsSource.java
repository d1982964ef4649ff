package vn.gov.quangnam.lris.ingestion.results;

import static java.util.Objects.requireNonNull;

/**
 * A results register exposed only as a database table (sources.md §3). Credentials come from the environment.
 *
 * @param name the endpoint name
 * @param table the table, e.g. {@code ket_qua_tthc}; its columns are the contract's fields in snake_case
 *              ({@code ma_ket_qua, ma_don_vi, ma_tthc, ngay_cap, hieu_luc_den, ngay_so_hoa, ngay_cap_nhat})
 * @param pageSize rows per page of the paging reader
 */
public record JdbcResultsSource(String name, String jdbcUrl, String user, String password, String table, int pageSize) {
    public JdbcResultsSource {
        requireNonNull(name, "name is null");
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        requireNonNull(table, "table is null");
        if (!table.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw new IllegalArgumentException("endpoint " + name + ": table name '" + table + "' is not a plain SQL identifier");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("endpoint " + name + ": page size must be at least 1");
        }
    }

    @Override
    public String toString() {
        return "JdbcResultsSource[" + name + " " + jdbcUrl + " table " + table + "]";
    }
}

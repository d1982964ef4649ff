package vn.gov.quangnam.lris.ingestion.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.support.PostgresPagingQueryProvider;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.gov.quangnam.lris.ingestion.common.SourceRecord;
import vn.gov.quangnam.lris.ingestion.common.Watermark;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads a results register table through JDBC with Spring Batch's paging reader on explicit sort keys
 * ({@code ngay_cap_nhat, ma_ket_qua}), from the committed watermark (inclusive), skipping the boundary records the
 * watermark already covers. Each row is presented with the contract's field names so the REST mapper applies.
 */
public final class JdbcResultsReader implements ItemStreamReader<SourceRecord> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> FIELDS = Map.of(
            "ma_ket_qua", "maKetQua", "ma_don_vi", "maDonVi", "ma_tthc", "maTTHC", "ngay_cap", "ngayCap",
            "hieu_luc_den", "hieuLucDen", "ngay_so_hoa", "ngaySoHoa", "ngay_cap_nhat", "ngayCapNhat");

    private final JdbcResultsSource source;
    private final Supplier<Watermark> committedWatermark;
    private JdbcPagingItemReader<SourceRecord> delegate;
    private Watermark committed;

    public JdbcResultsReader(JdbcResultsSource source, Supplier<Watermark> committedWatermark) {
        this.source = source;
        this.committedWatermark = committedWatermark;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        committed = committedWatermark.get();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(source.jdbcUrl(), source.user(), source.password());
        PostgresPagingQueryProvider query = new PostgresPagingQueryProvider();
        query.setSelectClause("SELECT ma_ket_qua, ma_don_vi, ma_tthc, ngay_cap, hieu_luc_den, ngay_so_hoa, ngay_cap_nhat");
        query.setFromClause("FROM " + source.table());
        query.setWhereClause("WHERE ngay_cap_nhat >= :from");
        Map<String, Order> sortKeys = new LinkedHashMap<>();
        sortKeys.put("ngay_cap_nhat", Order.ASCENDING);
        sortKeys.put("ma_ket_qua", Order.ASCENDING);
        query.setSortKeys(sortKeys);
        try {
            delegate = new JdbcPagingItemReader<>(dataSource, query);
        } catch (Exception e) {
            throw new IllegalStateException("endpoint " + source.name() + ": cannot build the paging query: " + e.getMessage(), e);
        }
        delegate.setName("resultsJdbcReader");
        delegate.setSaveState(false);
        delegate.setPageSize(source.pageSize());
        delegate.setParameterValues(Map.of("from", Timestamp.from(committed.instant())));
        delegate.setRowMapper(this::toSourceRecord);
        try {
            delegate.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("endpoint " + source.name() + ": " + e.getMessage(), e);
        }
        delegate.open(executionContext);
    }

    @Override
    public SourceRecord read() throws Exception {
        SourceRecord record;
        do {
            record = delegate.read();
        } while (record != null && isCommitted(record));
        return record;
    }

    @Override
    public void close() {
        if (delegate != null) {
            delegate.close();
        }
    }

    private boolean isCommitted(SourceRecord record) {
        String key = record.json().path("maKetQua").asText("").strip().toUpperCase(java.util.Locale.ROOT);
        Instant updatedAt = Instant.parse(record.json().path("ngayCapNhatUtc").asText());
        return committed.covers(key, updatedAt);
    }

    private SourceRecord toSourceRecord(ResultSet row, int rowNumber) throws SQLException {
        ObjectNode json = JSON.createObjectNode();
        for (Map.Entry<String, String> field : FIELDS.entrySet()) {
            Object value = row.getObject(field.getKey());
            if (value == null) {
                json.putNull(field.getValue());
            } else if (value instanceof Timestamp timestamp) {
                json.put(field.getValue(), timestamp.toInstant().toString());
            } else {
                json.put(field.getValue(), value.toString());
            }
        }
        Instant updatedAt = row.getTimestamp("ngay_cap_nhat").toInstant();
        String payload = json.toString();
        json.put("ngayCapNhatUtc", updatedAt.toString());
        return SourceRecord.parsed(source.name(), payload, json, updatedAt, committed.instant());
    }
}

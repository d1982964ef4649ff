package vn.gov.quangnam.lris.schema.load;

import org.apache.iceberg.Schema;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.types.Types;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows to load into one reference table, with a hash of their content. Columns listed as volatile (such as
 * {@code loaded_at}) are left out of the hash, so loading the same reference files again changes nothing.
 */
public final class ReferenceRows {
    private final List<Record> records;
    private final String contentHash;

    private ReferenceRows(List<Record> records, String contentHash) {
        this.records = records;
        this.contentHash = contentHash;
    }

    /** Builds records from column-name → value maps, checking that each map fills exactly the schema's columns. */
    public static ReferenceRows of(Schema schema, List<Map<String, Object>> rows, Set<String> volatileColumns) {
        MessageDigest digest = sha256();
        List<Record> records = rows.stream().map(row -> {
            if (!row.keySet().equals(Set.copyOf(schema.columns().stream().map(Types.NestedField::name).toList()))) {
                throw new IllegalArgumentException("row columns " + row.keySet() + " do not match the schema " + schema);
            }
            GenericRecord record = GenericRecord.create(schema);
            for (Types.NestedField column : schema.columns()) {
                Object value = row.get(column.name());
                record.setField(column.name(), value);
                if (!volatileColumns.contains(column.name())) {
                    digest.update((column.name() + "=" + value + "\u001f").getBytes(StandardCharsets.UTF_8));
                }
            }
            digest.update((byte) '\n');
            return (Record) record;
        }).toList();
        return new ReferenceRows(records, HexFormat.of().formatHex(digest.digest()));
    }

    public List<Record> records() {
        return records;
    }

    public String contentHash() {
        return contentHash;
    }

    public int size() {
        return records.size();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}

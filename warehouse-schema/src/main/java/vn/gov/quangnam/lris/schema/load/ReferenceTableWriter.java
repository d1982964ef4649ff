package vn.gov.quangnam.lris.schema.load;

import org.apache.iceberg.OverwriteFiles;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.expressions.Expressions;

import java.util.Optional;

/**
 * Replaces the whole content of a small reference table (dimensions, targets) in one Iceberg commit, so readers see
 * the old content or the new one, never a mix. Skips the commit when the content is unchanged (the content hash is
 * kept in the snapshot summary), so re-applying the schema creates no new snapshots.
 */
public final class ReferenceTableWriter {
    /** Snapshot summary key holding the hash of the reference content the snapshot wrote. */
    public static final String CONTENT_HASH_PROPERTY = "lris.reference-content-sha256";

    private ReferenceTableWriter() {
    }

    /** Returns true when the table's content was replaced, false when it already held this content. */
    public static boolean replace(Table table, ReferenceRows rows) {
        table.refresh();
        if (currentHash(table).filter(rows.contentHash()::equals).isPresent()) {
            return false;
        }
        OverwriteFiles overwrite = table.newOverwrite().overwriteByRowFilter(Expressions.alwaysTrue());
        TableFiles.write(table, rows.records()).forEach(overwrite::addFile);
        overwrite.set(CONTENT_HASH_PROPERTY, rows.contentHash()).commit();
        return true;
    }

    private static Optional<String> currentHash(Table table) {
        return Optional.ofNullable(table.currentSnapshot()).map(Snapshot::summary)
                .map(summary -> summary.get(CONTENT_HASH_PROPERTY));
    }
}

package vn.gov.quangnam.lris.transforms.retention;

import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableProperties;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.transforms.incremental.RawSnapshots;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import static java.util.Objects.requireNonNull;

/**
 * Keeps the tables a run reads and writes from growing with every run. Each Iceberg commit adds a snapshot to its
 * table's metadata file, which every later load reads whole, and a replaced data file stays on disk as long as a
 * snapshot refers to it; the tables the transforms create also kept every metadata file ever written. So after each
 * publish, for each table: its old metadata files are deleted on commit from then on, and once its oldest snapshot is
 * older than the retention plus a day (at most once a day per table, not every run), the snapshots older than the
 * retention are expired and the files only they referred to deleted. The current snapshot always stays, and so does
 * any raw snapshot the intermediate tables reflect (the next incremental run reads the raw rows appended since it).
 *
 * <p>A table that cannot be expired (a concurrent ingestion commit that wins every retry, say) is logged and left for
 * the next run: the figures are already published and nothing is lost.
 */
public final class SnapshotRetention {
    /** A week of time travel, and of runs to look back on when a figure is questioned. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
    /** Iceberg's own clean-up of metadata files, as the schema's tables have it (warehouse-schema TableDefinition). */
    static final Map<String, String> METADATA_CLEAN_UP = Map.of(
            TableProperties.METADATA_DELETE_AFTER_COMMIT_ENABLED, "true",
            TableProperties.METADATA_PREVIOUS_VERSIONS_MAX, "50");
    private static final Duration SLACK = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(SnapshotRetention.class);

    private final SparkSession spark;
    private final Duration retention;
    private final Clock clock;

    public SnapshotRetention(SparkSession spark, Duration retention, Clock clock) {
        this.spark = requireNonNull(spark, "spark is null");
        this.retention = requireNonNull(retention, "retention is null");
        this.clock = requireNonNull(clock, "clock is null");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("snapshot retention " + retention + " is negative");
        }
    }

    /**
     * Applies the retention to {@code tables}; {@code keptSnapshots} gives the snapshots of a table that must stay,
     * asked only for a table due to be expired. Returns the tables whose snapshots were expired.
     */
    public List<String> apply(Collection<String> tables, Function<String, Collection<Long>> keptSnapshots) {
        List<String> expired = new ArrayList<>();
        for (String name : tables) {
            try {
                Table table = RawSnapshots.load(spark, name);
                cleanUpMetadataFiles(table);
                if (expire(table, () -> keptSnapshots.apply(name))) {
                    expired.add(name);
                }
            } catch (RawSnapshots.TableNotFound missing) {
                // not created yet (no source of that kind so far): nothing to keep small
            } catch (RuntimeException e) {
                log.warn("could not expire the old snapshots of {} ({}); the next run tries again", name, e.getMessage());
            }
        }
        return expired;
    }

    private static void cleanUpMetadataFiles(Table table) {
        if (!METADATA_CLEAN_UP.entrySet().stream().allMatch(entry -> entry.getValue().equals(table.properties().get(entry.getKey())))) {
            var update = table.updateProperties();
            METADATA_CLEAN_UP.forEach(update::set);
            update.commit();
        }
    }

    private boolean expire(Table table, Supplier<Collection<Long>> kept) {
        Snapshot current = table.currentSnapshot();
        if (current == null) {
            return false;
        }
        long cutoff = clock.millis() - retention.toMillis();
        long due = cutoff - Math.min(SLACK.toMillis(), retention.toMillis());
        if (oldestBesides(table, current).filter(oldest -> oldest < due).isEmpty()) {
            return false;
        }
        for (long id : kept.get()) {
            Snapshot snapshot = table.snapshot(id);
            if (snapshot != null) {
                cutoff = Math.min(cutoff, snapshot.timestampMillis());
            }
        }
        table.expireSnapshots().expireOlderThan(cutoff).commit();
        return true;
    }

    private static Optional<Long> oldestBesides(Table table, Snapshot current) {
        return StreamSupport.stream(table.snapshots().spliterator(), false)
                .filter(snapshot -> snapshot.snapshotId() != current.snapshotId())
                .map(Snapshot::timestampMillis).min(Long::compare);
    }
}

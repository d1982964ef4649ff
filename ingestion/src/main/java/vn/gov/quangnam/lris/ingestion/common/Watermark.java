package vn.gov.quangnam.lris.ingestion.common;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How far an endpoint's records have been processed: the newest {@code ngayCapNhat} committed (landed or
 * quarantined), and the keys of the committed records that carry exactly that instant. The sources' {@code capNhatTu}
 * is inclusive, so a run resumed from the watermark receives those records again and skips them by key: no loss and
 * no duplicate at the boundary.
 *
 * <p>Kept as a property of the raw table, set in the same Iceberg transaction as the data it covers.
 */
public record Watermark(Instant instant, Set<String> keysAtInstant) {
    /** Before the first run: everything since 2000 (older dates are refused anyway). */
    public static final Watermark INITIAL = new Watermark(Instant.parse("2000-01-01T00:00:00Z"), Set.of());
    private static final String KEY_SEPARATOR = "\u001f";

    public Watermark {
        keysAtInstant = Set.copyOf(keysAtInstant);
    }

    /** Whether a record was already committed under this watermark. */
    public boolean covers(String key, Instant updatedAt) {
        return updatedAt.isBefore(instant) || (updatedAt.equals(instant) && keysAtInstant.contains(key));
    }

    /** The watermark after also committing a record with this key and instant (records arrive in instant order). */
    public Watermark advance(String key, Instant updatedAt) {
        Advancing advancing = advancing();
        advancing.advance(key, updatedAt);
        return advancing.watermark();
    }

    /** Advances over many records, as {@link #advance} record by record would, without a watermark per record. */
    public Advancing advancing() {
        return new Advancing(this);
    }

    /** A watermark being advanced over a chunk's records, which arrive in instant order. */
    public static final class Advancing {
        private Instant instant;
        private final Set<String> keysAtInstant;

        private Advancing(Watermark from) {
            this.instant = from.instant;
            this.keysAtInstant = new LinkedHashSet<>(from.keysAtInstant);
        }

        public void advance(String key, Instant updatedAt) {
            if (updatedAt.isAfter(instant)) {
                instant = updatedAt;
                keysAtInstant.clear();
            }
            if (updatedAt.equals(instant)) {
                keysAtInstant.add(key);
            }
        }

        public Watermark watermark() {
            return new Watermark(instant, keysAtInstant);
        }
    }

    public String serialize() {
        return instant + "|" + String.join(KEY_SEPARATOR, keysAtInstant);
    }

    public static Watermark parse(String text) {
        int separator = text.indexOf('|');
        Instant instant = Instant.parse(text.substring(0, separator));
        String keys = text.substring(separator + 1);
        return new Watermark(instant, keys.isEmpty() ? Set.of()
                : Arrays.stream(keys.split(KEY_SEPARATOR)).collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}

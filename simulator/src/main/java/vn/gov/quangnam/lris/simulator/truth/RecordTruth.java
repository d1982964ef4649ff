package vn.gov.quangnam.lris.simulator.truth;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static java.util.Objects.requireNonNull;

/**
 * A record the feed serves now: its key, the code of the unit that produced it (before any fault), its latest
 * {@code ngayCapNhat} (+07:00) and its business date (dossier received, document issued, work record opened, result
 * issued).
 */
public record RecordTruth(String key, String unitCode, OffsetDateTime updatedAt, LocalDate businessDate) {
    public RecordTruth {
        requireNonNull(key, "key is null");
        requireNonNull(unitCode, "unitCode is null");
        requireNonNull(updatedAt, "updatedAt is null");
        requireNonNull(businessDate, "businessDate is null");
    }
}

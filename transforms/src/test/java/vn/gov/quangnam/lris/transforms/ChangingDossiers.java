package vn.gov.quangnam.lris.transforms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;

import static vn.gov.quangnam.lris.transforms.RawRows.at;
import static vn.gov.quangnam.lris.transforms.RawRows.dossier;
import static vn.gov.quangnam.lris.transforms.RawRows.with;

/**
 * Random raw dossiers for the incremental tests, deterministic from the caller's {@link Random}: received between two
 * days at one of a few units (Tam Kỳ and its communes, Hội An, Nông Sơn's commune that moved, two departments),
 * finished or not by the as-of day, online or not, with fees, payments, ratings and supplement requests; and later
 * versions of them.
 */
public final class ChangingDossiers {
    public static final String[] UNITS = {"20335", "20341", "502", "503", "20656", "519", "49-SNV", "49-STP"};

    private final Random random;
    private final LocalDate asOf;

    public ChangingDossiers(Random random, LocalDate asOf) {
        this.random = random;
        this.asOf = asOf;
    }

    /** A dossier received on a day in {@code [from, to)}, last updated on the evening it was received. */
    public Map<String, Object> received(String id, LocalDate from, LocalDate to) {
        LocalDate received = from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to)));
        int processingDays = 1 + random.nextInt(20);
        boolean finished = random.nextInt(4) > 0;
        LocalDate finishedOn = received.plusDays(processingDays);
        String finishedAt = finished && !finishedOn.isAfter(asOf.minusDays(1)) ? finishedOn + "T10:00:00" : null;
        Map<String, Object> row = dossier(id, UNITS[Math.abs(id.hashCode()) % UNITS.length], received + "T08:00:00",
                received.plusDays(10) + "T17:00:00", finishedAt);
        return with(row, "channel", 1 + random.nextInt(2), "has_fee", random.nextBoolean(),
                "online_payment_channel", random.nextInt(3), "satisfaction_rating", finishedAt == null ? null : 1 + random.nextInt(5),
                "supplement_request_count", random.nextInt(3), "supplement_seconds", (long) random.nextInt(5) * 86400,
                "updated_at", at(received + "T20:00:00").plusSeconds(random.nextInt(3600)));
    }

    /** The same dossier (same received date) changed on {@code updatedOn}: finished, re-rated, paid. */
    public Map<String, Object> laterVersion(Map<String, Object> dossier, LocalDate updatedOn) {
        Instant received = (Instant) dossier.get("received_at");
        Instant finished = received.plusSeconds((2L + random.nextInt(30)) * 86400);
        Instant updated = at(updatedOn + "T08:00:00").plusSeconds(random.nextInt(86400));
        if (finished.isAfter(updated)) {
            finished = updated;
        }
        return with(dossier, "finished_at", finished, "returned_at", finished, "status_code", 10,
                "satisfaction_rating", 1 + random.nextInt(5), "online_payment_channel", random.nextInt(3), "updated_at", updated);
    }
}

package vn.gov.quangnam.lris.simulator.generation;

import vn.gov.quangnam.lris.schema.reference.units.Unit;
import vn.gov.quangnam.lris.simulator.EndpointDefinition;
import vn.gov.quangnam.lris.simulator.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * The records of one source on one endpoint, kept compact: per record only its origin (unit interval, day, ordinal)
 * and its version instants; the record itself is regenerated when served. An index sorted by
 * ({@code ngayCapNhat}, key) holds the visible version of every record received by the simulator's clock, as
 * {@code updatedAt << 32 | id}, so a page is a binary search for {@code capNhatTu} plus an offset.
 */
public final class Feed {
    private static final int VERSIONS = 3;

    private final EndpointDefinition endpoint;
    private final Source source;
    private final RecordFactory factory;
    private final UnitDirectory units;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private char[] unitIndexes = new char[1024];
    private int[] days = new int[1024];
    private char[] ordinals = new char[1024];
    private int[] versionTimes = new int[1024 * VERSIONS];
    private int size;
    private final Map<Integer, Long> touchedAt = new HashMap<>();

    private long[] entries = new long[0];
    private int entryCount;
    private long clockEnd = Long.MIN_VALUE;

    public Feed(EndpointDefinition endpoint, Source source, RecordFactory factory, UnitDirectory units) {
        this.endpoint = requireNonNull(endpoint, "endpoint is null");
        this.source = requireNonNull(source, "source is null");
        this.factory = requireNonNull(factory, "factory is null");
        this.units = requireNonNull(units, "units is null");
        if (factory.source() != source) {
            throw new IllegalArgumentException("a " + factory.source().code() + " factory cannot feed " + source.code());
        }
    }

    public EndpointDefinition endpoint() {
        return endpoint;
    }

    public Source source() {
        return source;
    }

    /** Generates a record of {@code unit} on {@code day} and keeps it; it becomes visible at the next indexing. */
    public void append(Unit unit, LocalDate day, int ordinal) {
        if (ordinal > Character.MAX_VALUE) {
            throw new IllegalArgumentException("more than " + (int) Character.MAX_VALUE + " " + source.code()
                    + " records of unit " + unit.code() + " on " + day + ": lower the scale or the dossier target");
        }
        lock.writeLock().lock();
        try {
            ensureCapacity(size + 1);
            unitIndexes[size] = (char) units.indexOf(unit);
            days[size] = (int) day.toEpochDay();
            ordinals[size] = (char) ordinal;
            SimulatedRecord record = factory.create(new RecordOrigin(unit, day, ordinal, key(size, day)));
            int count = record.versionCount();
            for (int version = 0; version < VERSIONS; version++) {
                versionTimes[size * VERSIONS + version] = version < count ? toInt(record.versionTime(version)) : 0;
            }
            size++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How many records were generated so far (visible or not yet). */
    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The record with this id, regenerated. */
    public SimulatedRecord record(int id) {
        Unit unit;
        LocalDate day;
        int ordinal;
        lock.readLock().lock();
        try {
            if (id < 0 || id >= size) {
                throw new IllegalArgumentException("no record " + id + " in " + describe());
            }
            unit = units.interval(unitIndexes[id]);
            day = LocalDate.ofEpochDay(days[id]);
            ordinal = ordinals[id];
        } finally {
            lock.readLock().unlock();
        }
        return factory.create(new RecordOrigin(unit, day, ordinal, key(id, day)));
    }

    /** Makes visible the latest version of every record as of {@code newClockEnd} (epoch seconds). */
    public void index(long newClockEnd) {
        lock.writeLock().lock();
        try {
            long[] rebuilt = new long[size];
            int count = 0;
            for (int id = 0; id < size; id++) {
                if (versionTimes[id * VERSIONS] <= newClockEnd) {
                    rebuilt[count++] = entry(updatedAt(id, newClockEnd), id);
                }
            }
            Arrays.sort(rebuilt, 0, count);
            entries = rebuilt;
            entryCount = count;
            clockEnd = newClockEnd;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Moves the clock to {@code newClockEnd}: records with a version in the new time span (new records, finished or
     * returned dossiers, closed work records, digitized results) leave their old place and join the end of the index.
     */
    public void advance(long newClockEnd) {
        lock.writeLock().lock();
        try {
            boolean[] changed = new boolean[size];
            List<Integer> changedIds = new ArrayList<>();
            for (int id = 0; id < size; id++) {
                for (int version = 0; version < VERSIONS; version++) {
                    int time = versionTimes[id * VERSIONS + version];
                    if (time != 0 && time > clockEnd && time <= newClockEnd) {
                        changed[id] = true;
                        changedIds.add(id);
                        touchedAt.remove(id);
                        break;
                    }
                }
            }
            long[] next = new long[entryCount + changedIds.size()];
            int count = 0;
            for (int i = 0; i < entryCount; i++) {
                if (!changed[(int) entries[i]]) {
                    next[count++] = entries[i];
                }
            }
            int keptCount = count;
            for (int id : changedIds) {
                next[count++] = entry(updatedAt(id, newClockEnd), id);
            }
            Arrays.sort(next, keptCount, count);
            if (keptCount > 0 && count > keptCount && next[keptCount - 1] > next[keptCount]) {
                Arrays.sort(next, 0, count);
            }
            entries = next;
            entryCount = count;
            clockEnd = newClockEnd;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** One page of the records with {@code ngayCapNhat >= fromEpochSecond}; pages are 1-based. */
    public FeedPage page(long fromEpochSecond, int pageNumber, int pageSize) {
        return slice(fromEpochSecond, (long) (pageNumber - 1) * pageSize, pageSize);
    }

    /** Up to {@code count} records from position {@code offset} (0-based) of those with
     *  {@code ngayCapNhat >= fromEpochSecond}. */
    public FeedPage slice(long fromEpochSecond, long offset, int count) {
        lock.readLock().lock();
        try {
            int start = firstAtOrAfter(fromEpochSecond);
            long total = entryCount - start;
            long first = start + offset;
            List<ServedRecord> records = new ArrayList<>(Math.max(0, (int) Math.min(count, entryCount - first)));
            for (long position = first; position < entryCount && position < first + count; position++) {
                records.add(served(entries[(int) position]));
            }
            return new FeedPage(total, records);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The shifting-pages fault: the first record at or after {@code fromEpochSecond} is updated now (a later
     * {@code ngayCapNhat} than any other) and so moves to the end, and every record after it moves up one place.
     * Returns the moved record's key, or null when there is nothing to move.
     */
    public String touchFirstRecord(long fromEpochSecond) {
        lock.writeLock().lock();
        try {
            int start = firstAtOrAfter(fromEpochSecond);
            if (start >= entryCount) {
                return null;
            }
            int id = (int) entries[start];
            long newTime = Math.max(entries[entryCount - 1] >>> 32, clockEnd) + 1;
            System.arraycopy(entries, start + 1, entries, start, entryCount - start - 1);
            entries[entryCount - 1] = entry(newTime, id);
            touchedAt.put(id, newTime);
            return key(id, LocalDate.ofEpochDay(days[id]));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Calls {@code consumer} with every visible record in page order (under the feed's read lock). */
    public void forEachVisible(Consumer<ServedRecord> consumer) {
        lock.readLock().lock();
        try {
            for (int i = 0; i < entryCount; i++) {
                consumer.accept(served(entries[i]));
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /** What {@link #forEachVisibleEntry} reports for each visible record, without regenerating it. */
    @FunctionalInterface
    public interface VisibleEntryConsumer {
        void accept(int id, String key, String unitCode, LocalDate businessDate, long updatedAt);
    }

    /** Calls {@code consumer} with the identity of every visible record in page order, without regenerating them. */
    public void forEachVisibleEntry(VisibleEntryConsumer consumer) {
        lock.readLock().lock();
        try {
            for (int i = 0; i < entryCount; i++) {
                int id = (int) entries[i];
                LocalDate day = LocalDate.ofEpochDay(days[id]);
                consumer.accept(id, key(id, day), units.interval(unitIndexes[id]).code(), day, entries[i] >>> 32);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The number of visible records. */
    public int visibleCount() {
        lock.readLock().lock();
        try {
            return entryCount;
        } finally {
            lock.readLock().unlock();
        }
    }

    public String describe() {
        return endpoint.name() + "/" + source.code();
    }

    private ServedRecord served(long entry) {
        int id = (int) entry;
        long updatedAt = entry >>> 32;
        Unit unit = units.interval(unitIndexes[id]);
        LocalDate day = LocalDate.ofEpochDay(days[id]);
        SimulatedRecord record = factory.create(new RecordOrigin(unit, day, ordinals[id], key(id, day)));
        return new ServedRecord(id, record, visibleVersion(id, clockEnd), updatedAt);
    }

    private int firstAtOrAfter(long fromEpochSecond) {
        if (fromEpochSecond > Integer.MAX_VALUE) {
            return entryCount;
        }
        long wanted = Math.max(0, fromEpochSecond) << 32;
        int low = 0;
        int high = entryCount;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entries[middle] < wanted) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int visibleVersion(int id, long atClockEnd) {
        int visible = 0;
        for (int version = 1; version < VERSIONS; version++) {
            int time = versionTimes[id * VERSIONS + version];
            if (time != 0 && time <= atClockEnd) {
                visible = version;
            }
        }
        return visible;
    }

    private long updatedAt(int id, long atClockEnd) {
        long real = versionTimes[id * VERSIONS + visibleVersion(id, atClockEnd)];
        Long touched = touchedAt.get(id);
        return touched == null ? real : Math.max(real, touched);
    }

    private String key(int id, LocalDate day) {
        return RecordKeys.key(source, endpoint.keyPrefix(), day, id + 1);
    }

    private static long entry(long updatedAt, int id) {
        return updatedAt << 32 | (id & 0xFFFFFFFFL);
    }

    private static int toInt(long epochSecond) {
        if (epochSecond <= 0 || epochSecond > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("instant " + epochSecond + " is outside 1970-2038, which the simulator "
                    + "keeps in 32 bits; simulate dates before 2038");
        }
        return (int) epochSecond;
    }

    private void ensureCapacity(int wanted) {
        if (wanted <= unitIndexes.length) {
            return;
        }
        int capacity = Math.max(wanted, unitIndexes.length * 2);
        unitIndexes = Arrays.copyOf(unitIndexes, capacity);
        days = Arrays.copyOf(days, capacity);
        ordinals = Arrays.copyOf(ordinals, capacity);
        versionTimes = Arrays.copyOf(versionTimes, capacity * VERSIONS);
    }
}

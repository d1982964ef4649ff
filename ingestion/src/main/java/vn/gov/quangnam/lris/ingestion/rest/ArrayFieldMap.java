package vn.gov.quangnam.lris.ingestion.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The fields of one source record in two arrays, in the order received: the map behind the {@code ObjectNode}s the
 * page reader builds. A record has a few dozen fields whose names the JSON parser hands out as the same interned
 * strings the mappers ask for, so a scan comparing references finds a field sooner than hashing does, and a page of
 * 5000 records is one value array each instead of a linked hash map with an entry object per field (which the
 * mapper thread, reading the page after another thread parsed it, paid for in cache misses).
 *
 * <p>The records of a page send their fields in the same order, so they share one array of names (a {@link Shape}):
 * a field read in the shape's order is appended without looking for an earlier field of the same name, because the
 * shape has none twice. A record that departs from the shape gets names of its own, checked as {@link #put} does.
 */
final class ArrayFieldMap extends AbstractMap<String, JsonNode> {
    private String[] names;
    private JsonNode[] values;
    private int size;
    private boolean namesShared;

    /** The field names of the records read so far, in order, each once; the next record starts from them. */
    static final class Shape {
        private String[] names = new String[0];
    }

    /** An empty map for the next record read with {@code shape}. */
    ArrayFieldMap(Shape shape) {
        names = shape.names;
        namesShared = true;
        values = new JsonNode[Math.max(4, names.length)];
    }

    /**
     * Adds a field as it is read from the source: with the shape's names while the record follows them, else as
     * {@link #put} (a name sent twice keeps its last value).
     */
    void addRead(String name, JsonNode value) {
        if (namesShared && size < names.length && names[size] == name) {
            values[size++] = value;
            return;
        }
        put(name, value);
    }

    /** Done reading: a record that brought names of its own (a new field, another order) becomes the next shape. */
    void finishRead(Shape shape) {
        if (!namesShared) {
            shape.names = Arrays.copyOf(names, size);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public JsonNode get(Object name) {
        int index = indexOf(name);
        return index < 0 ? null : values[index];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    /** A name sent twice keeps its last value, as Jackson's own object reader does. */
    @Override
    public JsonNode put(String name, JsonNode value) {
        int index = indexOf(name);
        if (index >= 0) {
            JsonNode previous = values[index];
            values[index] = value;
            return previous;
        }
        ownNames(size + 1);
        names[size] = name;
        values[size] = value;
        size++;
        return null;
    }

    @Override
    public JsonNode remove(Object name) {
        int index = indexOf(name);
        if (index < 0) {
            return null;
        }
        JsonNode removed = values[index];
        removeAt(index);
        return removed;
    }

    @Override
    public void clear() {
        ownNames(0);
        Arrays.fill(names, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
    }

    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, JsonNode>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private int last = -1;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, JsonNode> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        last = next++;
                        int index = last;
                        return new SimpleEntry<>(names[index], values[index]) {
                            @Override
                            public JsonNode setValue(JsonNode value) {
                                values[index] = value;
                                return super.setValue(value);
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        if (last < 0) {
                            throw new IllegalStateException("next() has not been called since the last remove()");
                        }
                        removeAt(last);
                        next = last;
                        last = -1;
                    }
                };
            }
        };
    }

    private int indexOf(Object name) {
        for (int index = 0; index < size; index++) {
            if (names[index] == name) {
                return index;
            }
        }
        if (name != null) {
            for (int index = 0; index < size; index++) {
                if (names[index].equals(name)) {
                    return index;
                }
            }
        }
        return -1;
    }

    /** Makes the names this map's own before it changes them (copy on write), with room for {@code capacity} fields. */
    private void ownNames(int capacity) {
        if (namesShared || capacity > names.length) {
            int length = Math.max(capacity > names.length ? Math.max(4, names.length * 2) : names.length, values.length);
            names = Arrays.copyOf(names, length);
            values = Arrays.copyOf(values, length);
            namesShared = false;
        }
    }

    private void removeAt(int index) {
        ownNames(size);
        int moved = size - index - 1;
        System.arraycopy(names, index + 1, names, index, moved);
        System.arraycopy(values, index + 1, values, index, moved);
        size--;
        names[size] = null;
        values[size] = null;
    }
}

package vn.gov.quangnam.lris.schema.apply;

import java.util.List;

/** What 'schema apply' did to one table. */
public record TableChange(String table, Kind kind, List<String> details) {
    public enum Kind { CREATED, EVOLVED, UNCHANGED }

    public TableChange {
        details = List.copyOf(details);
    }

    @Override
    public String toString() {
        return String.format("%-28s %-9s %s", table, kind.name().toLowerCase(java.util.Locale.ROOT), String.join("; ", details));
    }
}

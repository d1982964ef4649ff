package vn.gov.quangnam.lris.simulator;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * One simulated source system: its name (the first path segment of its REST URLs), how it is reached, which sources
 * it serves and for which units. REST endpoints carry {@link Credentials}; a PostgreSQL-table endpoint carries its
 * {@link ResultsDatabase}; an inbox endpoint carries its folder. {@code keyPrefix} goes into every record key
 * ({@code HS.<keyPrefix>-yyyyMMdd-000000001}) so that keys never collide between endpoints.
 */
public record EndpointDefinition(String name, EndpointKind kind, Set<Source> sources, UnitScope scope, String keyPrefix,
                                 Credentials credentials, ResultsDatabase database, Path inbox) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern KEY_PREFIX = Pattern.compile("[A-Z0-9.]{1,20}");

    public EndpointDefinition {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        sources = Set.copyOf(requireNonNull(sources, "sources is null"));
        requireNonNull(scope, "scope is null");
        requireNonNull(keyPrefix, "keyPrefix is null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("endpoint name '" + name + "' must be lower case letters, digits and '-' "
                    + "(it is a URL path segment), starting with a letter");
        }
        if ("admin".equals(name)) {
            throw new IllegalArgumentException("endpoint name 'admin' is reserved for the admin API");
        }
        if (!KEY_PREFIX.matcher(keyPrefix).matches()) {
            throw new IllegalArgumentException("endpoint " + name + ": key prefix '" + keyPrefix
                    + "' must be 1-20 upper case letters, digits or dots");
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("endpoint " + name + " serves no source");
        }
        switch (kind) {
            case REST -> {
                requireNonNull(credentials, "endpoint " + name + " is REST and needs credentials");
                if (sources.contains(Source.FORMS)) {
                    throw new IllegalArgumentException("endpoint " + name + ": forms are files, not REST; "
                            + "use an inbox endpoint for them");
                }
            }
            case POSTGRES_TABLE -> {
                requireNonNull(database, "endpoint " + name + " is a PostgreSQL table and needs a results database");
                if (!sources.equals(Set.of(Source.RESULTS))) {
                    throw new IllegalArgumentException("endpoint " + name + ": only the results register is "
                            + "simulated as a PostgreSQL table, got sources " + sources);
                }
            }
            case INBOX_FOLDER -> {
                requireNonNull(inbox, "endpoint " + name + " is an inbox folder and needs its folder");
                if (!sources.equals(Set.of(Source.FORMS))) {
                    throw new IllegalArgumentException("endpoint " + name + ": an inbox folder holds forms only, "
                            + "got sources " + sources);
                }
            }
        }
    }

    /** A REST endpoint serving the given sources at {@code http://127.0.0.1:<port>/<name>/api/v1/...}. */
    public static EndpointDefinition rest(String name, Set<Source> sources, UnitScope scope, String keyPrefix,
                                          Credentials credentials) {
        return new EndpointDefinition(name, EndpointKind.REST, sources, scope, keyPrefix, credentials, null, null);
    }

    /** The results register of the scope's units as the table {@code ket_qua_tthc} in the given database. */
    public static EndpointDefinition postgresTable(String name, UnitScope scope, String keyPrefix, ResultsDatabase database) {
        return new EndpointDefinition(name, EndpointKind.POSTGRES_TABLE, Set.of(Source.RESULTS), scope, keyPrefix,
                null, database, null);
    }

    /** Self-reported monthly forms written into {@code inbox}; which units report is the layout's decision. */
    public static EndpointDefinition inboxFolder(String name, Path inbox) {
        return new EndpointDefinition(name, EndpointKind.INBOX_FOLDER, Set.of(Source.FORMS),
                new UnitScope(false, false, Set.of()), "FORM", null, null, inbox);
    }

    public boolean serves(Source source) {
        return sources.contains(source);
    }

    public Set<Source> recordSources() {
        Set<Source> result = EnumSet.noneOf(Source.class);
        sources.stream().filter(Source::isRecordFeed).forEach(result::add);
        return result;
    }
}

package vn.gov.quangnam.lris.serving.reporting;

import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static java.util.Objects.requireNonNull;

/**
 * Creates schema {@code reporting} and its views through Trino, as the service account (the views' owner):
 * {@code CREATE OR REPLACE VIEW} with the view comment, then {@code COMMENT ON COLUMN} for each column (Trino 476 keeps
 * both in the Iceberg view metadata of the JDBC catalog, which needs {@code iceberg.jdbc-catalog.schema-version=V1}).
 *
 * <p>Idempotent and quick when nothing changed: a SHA-256 of the definitions is kept as property
 * {@value #FINGERPRINT_PROPERTY} of the Iceberg namespace {@code reporting}; when it matches and every view exists, no
 * statement runs (each column comment is a catalog commit, about 60 ms, some 120 of them in all).
 *
 * <p>The views run with the owner's rights (SECURITY DEFINER), so readers need no access to the mart tables behind
 * them; district accounts get their row filter on the views themselves (see {@code AccessControlRules}).
 */
public final class ReportingViewInstaller {
    public static final String FINGERPRINT_PROPERTY = "lris.reporting-views-sha256";
    private static final Logger log = LoggerFactory.getLogger(ReportingViewInstaller.class);

    private final WarehouseCatalogSettings warehouse;

    public ReportingViewInstaller(WarehouseCatalogSettings warehouse) {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
    }

    /**
     * Returns true when views were (re)created, false when they were already up to date.
     *
     * @param connections opens connections as the service account: the column comments of different views are written
     *        in parallel (one catalog commit each, independent between views)
     */
    public boolean createOrReplace(ServiceConnections connections, List<ReportingView> views) {
        long started = System.nanoTime();
        String catalog = warehouse.catalogName();
        String fingerprint = fingerprint(catalog, views);
        try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + catalog + "." + ReportingView.SCHEMA);
            if (fingerprint.equals(storedFingerprint()) && existingViews(statement, catalog).containsAll(names(views))) {
                log.info("reporting views {} are up to date", names(views));
                return false;
            }
            for (ReportingView view : views) {
                execute(statement, view, catalog, "CREATE OR REPLACE VIEW " + view.qualifiedName(catalog) + " COMMENT "
                        + literal(view.comment()) + " SECURITY DEFINER AS\n" + view.query(catalog));
            }
            commentColumnsInParallel(connections, views, catalog);
        } catch (SQLException e) {
            throw new ReportingViewException("cannot create schema " + catalog + "." + ReportingView.SCHEMA + " through Trino: "
                    + e.getMessage() + "; does the service account own the catalog (access-control rules)?", e);
        }
        storeFingerprint(fingerprint);
        log.info("reporting views {} created or replaced in {} ms", names(views), (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private static void commentColumnsInParallel(ServiceConnections connections, List<ReportingView> views, String catalog) {
        ExecutorService workers = Executors.newFixedThreadPool(views.size());
        try {
            List<Future<?>> comments = new ArrayList<>();
            for (ReportingView view : views) {
                comments.add(workers.submit(() -> {
                    try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
                        for (ViewColumn column : view.columns()) {
                            execute(statement, view, catalog, "COMMENT ON COLUMN " + view.qualifiedName(catalog) + "."
                                    + column.name() + " IS " + literal(column.comment()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> comment : comments) {
                comment.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ReportingViewException failure ? failure
                    : new ReportingViewException("cannot comment the columns of the reporting views: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportingViewException("interrupted while commenting the columns of the reporting views", e);
        } finally {
            workers.shutdownNow();
        }
    }

    /** Opens a JDBC connection to Trino as the service account. */
    @FunctionalInterface
    public interface ServiceConnections {
        Connection open() throws SQLException;
    }

    private String storedFingerprint() {
        try (JdbcCatalog catalog = WarehouseCatalogs.open(warehouse)) {
            return catalog.loadNamespaceMetadata(Namespace.of(ReportingView.SCHEMA)).get(FINGERPRINT_PROPERTY);
        }
    }

    private void storeFingerprint(String fingerprint) {
        try (JdbcCatalog catalog = WarehouseCatalogs.open(warehouse)) {
            catalog.setProperties(Namespace.of(ReportingView.SCHEMA), Map.of(FINGERPRINT_PROPERTY, fingerprint));
        }
    }

    private static Set<String> existingViews(Statement statement, String catalog) throws SQLException {
        Set<String> views = new HashSet<>();
        try (ResultSet result = statement.executeQuery("SELECT table_name FROM " + catalog + ".information_schema.views "
                + "WHERE table_schema = '" + ReportingView.SCHEMA + "'")) {
            while (result.next()) {
                views.add(result.getString(1));
            }
        }
        return views;
    }

    private static void execute(Statement statement, ReportingView view, String catalog, String sql) {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new ReportingViewException("cannot create view " + view.qualifiedName(catalog) + ": " + e.getMessage()
                    + "; the statement was:\n" + sql, e);
        }
    }

    static String fingerprint(String catalog, List<ReportingView> views) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(catalog.getBytes(StandardCharsets.UTF_8));
            for (ReportingView view : views) {
                digest.update((view.name() + '\0' + view.comment() + '\0' + view.query(catalog) + '\0').getBytes(StandardCharsets.UTF_8));
                for (ViewColumn column : view.columns()) {
                    digest.update((column.name() + '\0' + column.comment() + '\0').getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static List<String> names(List<ReportingView> views) {
        return views.stream().map(ReportingView::name).toList();
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

package vn.gov.quangnam.lris.serving;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.localstack.trino.LocalTrino;
import vn.gov.quangnam.lris.serving.reporting.ReportingViewInstaller;
import vn.gov.quangnam.lris.serving.reporting.ReportingViews;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Serves the warehouse to leaders' SQL and BI tools through a local Trino: the entry point of {@code ./lris demo} and
 * {@code ./lris serve}.
 *
 * <pre>{@code
 * try (RunningServing serving = TrinoServing.start(ServingSettings.demo(warehouse, stateDirectory))) {
 *     serving.accounts().all().forEach(account -> System.out.println(account.announcement()));
 *     System.out.println("trino=" + serving.jdbcUrl());
 * }
 * }</pre>
 */
public final class TrinoServing {
    private static final Logger log = LoggerFactory.getLogger(TrinoServing.class);
    private static final Duration FIRST_CONNECTION_TIMEOUT = Duration.ofSeconds(60);

    private TrinoServing() {
    }

    /**
     * Starts (or reuses) the local Trino on the warehouse's catalog with the accounts' security, then creates or replaces
     * the reporting views. The returned handle stops Trino on close if this call started it.
     */
    public static RunningServing start(ServingSettings settings) {
        ServingConfiguration configuration = ServingConfiguration.prepare(settings);
        LocalTrino trino = LocalTrino.start(configuration.localTrinoSettings());
        try {
            return attach(trino, configuration);
        } catch (RuntimeException e) {
            trino.close();
            throw e;
        }
    }

    /** Serves through a Trino already started with this configuration's catalogs and security (tests share one). */
    public static RunningServing attach(LocalTrino trino, ServingConfiguration configuration) {
        RunningServing serving = new RunningServing(trino, configuration);
        awaitActiveNode(serving);
        new ReportingViewInstaller(configuration.settings().warehouse())
                .createOrReplace(() -> serving.connect(serving.accounts().service()), ReportingViews.ALL);
        log.info("Trino serves catalog {} at {} for accounts {}", configuration.catalog(), trino.serverUri(),
                configuration.accounts().all());
        return serving;
    }

    /** Right after start the node may not have announced itself yet ('No nodes available to run query'): retry briefly. */
    private static void awaitActiveNode(RunningServing serving) {
        long deadline = System.nanoTime() + FIRST_CONNECTION_TIMEOUT.toNanos();
        while (true) {
            try (Connection connection = serving.connect(serving.accounts().service()); var statement = connection.createStatement()) {
                statement.execute("SELECT 1");
                return;
            } catch (SQLException e) {
                if (System.nanoTime() > deadline || !String.valueOf(e.getMessage()).contains("No nodes available")) {
                    throw new IllegalStateException("Trino at " + serving.serverUri() + " does not run queries for the service account "
                            + serving.accounts().service().user() + ": " + e.getMessage() + ". Its log is " + serving.serverLog(), e);
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Trino's node to become active", e);
        }
    }
}

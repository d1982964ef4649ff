package vn.gov.quangnam.lris.serving;

import vn.gov.quangnam.lris.localstack.postgres.LocalPostgres;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;
import vn.gov.quangnam.lris.localstack.trino.LocalTrino;
import vn.gov.quangnam.lris.localstack.trino.LocalTrinoSettings;
import vn.gov.quangnam.lris.localstack.trino.TestTrino;
import vn.gov.quangnam.lris.schema.WarehouseSchema;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;
import vn.gov.quangnam.lris.serving.security.AccountSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * A test warehouse served through the test JVM's one Trino (local-stack's {@link TestTrino}): a fresh catalog database
 * on the test PostgreSQL, every table created by 'schema apply' with the bundled reference data, the caller's seeding,
 * then Trino with the serving's catalog and security for the caller's accounts, and the reporting views. Shared with
 * other modules' integration tests through the test-jar; a test JVM calls it once (through one fixture of its own),
 * because the shared Trino keeps the catalogs and security it started with.
 *
 * @param serving the Trino serving the warehouse
 * @param trino the shared test Trino behind it
 * @param warehouse the warehouse's catalog settings, for seeding more data during a test
 */
public record TestWarehouseServing(RunningServing serving, LocalTrino trino, WarehouseCatalogSettings warehouse) {

    public TestWarehouseServing {
        requireNonNull(serving, "serving is null");
        requireNonNull(trino, "trino is null");
        requireNonNull(warehouse, "warehouse is null");
    }

    /**
     * Creates the warehouse in a new database {@code databaseName} of the test PostgreSQL, seeds it with {@code seed}
     * (called after 'schema apply', while Trino starts) and serves it to {@code accounts} (exactly one of scope service).
     */
    public static TestWarehouseServing start(String databaseName, List<AccountSettings> accounts, Consumer<WarehouseCatalogSettings> seed) {
        WarehouseCatalogSettings warehouse = emptyWarehouse(databaseName);
        ServingSettings settings = new ServingSettings(warehouse, temporaryDirectory("lris-test-" + databaseName + "-state"),
                ServingSettings.DEFAULT_HTTPS_PORT, accounts, LocalTrinoSettings.DEFAULT_MAX_HEAP);
        ServingConfiguration configuration = ServingConfiguration.prepare(settings);
        // Trino starts (~20 s) while 'schema apply' and the seeding run: it reads the catalog only when queried
        CompletableFuture<LocalTrino> starting = CompletableFuture.supplyAsync(
                () -> TestTrino.shared(configuration.catalogs(), configuration.security()));
        WarehouseSchema.apply(warehouse, ReferenceFiles.bundled());
        seed.accept(warehouse);
        LocalTrino trino = starting.join();
        return new TestWarehouseServing(TrinoServing.attach(trino, configuration), trino, warehouse);
    }

    private static WarehouseCatalogSettings emptyWarehouse(String databaseName) {
        LocalPostgres postgres = TestPostgres.shared();
        String catalogDatabase = TestPostgres.createDatabase(databaseName);
        Path location = temporaryDirectory("lris-test-" + databaseName + "-warehouse");
        return new WarehouseCatalogSettings("lris", catalogDatabase, postgres.user(), postgres.password(), location.toUri().toString(), Map.of());
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

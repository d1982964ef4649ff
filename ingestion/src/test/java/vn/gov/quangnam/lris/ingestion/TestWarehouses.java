package vn.gov.quangnam.lris.ingestion;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import vn.gov.quangnam.lris.localstack.postgres.LocalPostgres;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;
import vn.gov.quangnam.lris.schema.WarehouseSchema;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Fresh warehouses for the ingestion tests: a new database on the shared test PostgreSQL holding the Iceberg catalog
 * (every table of the schema applied, reference data loaded) and Spring Batch's job repository tables, created with
 * Spring Batch's own script; the data files go to a new temporary folder.
 */
public final class TestWarehouses {
    private static final String BATCH_SCHEMA = "org/springframework/batch/core/schema-postgresql.sql";

    private TestWarehouses() {
    }

    public static WarehouseCatalogSettings create(String database) {
        LocalPostgres postgres = TestPostgres.shared();
        String url = TestPostgres.createDatabase(database);
        WarehouseCatalogSettings settings = new WarehouseCatalogSettings("lris", url, postgres.user(), postgres.password(),
                temporaryFolder("lris-ingestion-" + database).toUri().toString(), Map.of());
        WarehouseSchema.apply(settings, ReferenceFiles.bundled());
        createJobRepositoryTables(settings);
        return settings;
    }

    /** A database for the simulator's results register table ({@code ket_qua_tthc}). */
    public static String createSourceDatabase(String database) {
        return TestPostgres.createDatabase(database);
    }

    public static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    private static void createJobRepositoryTables(WarehouseCatalogSettings settings) {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), settings.jdbcUrl(),
                settings.user(), settings.password());
        new ResourceDatabasePopulator(new ClassPathResource(BATCH_SCHEMA)).execute(dataSource);
    }
}

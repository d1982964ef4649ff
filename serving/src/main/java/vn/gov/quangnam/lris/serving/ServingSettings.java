package vn.gov.quangnam.lris.serving;

import vn.gov.quangnam.lris.localstack.trino.LocalTrinoSettings;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;
import vn.gov.quangnam.lris.serving.security.AccountSettings;

import java.nio.file.Path;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * How {@link TrinoServing} serves the warehouse.
 *
 * @param warehouse the warehouse's Iceberg catalog; Trino's catalog gets the same name ({@code lris})
 * @param stateDirectory where the local Trino keeps its configuration, certificate and logs ({@code <state>/trino})
 *        and the generated passwords ({@code <state>/trino-accounts.properties}, 0600)
 * @param httpsPort Trino's only port, on 127.0.0.1; default {@value #DEFAULT_HTTPS_PORT}
 * @param accounts the accounts; exactly one with scope {@code service}
 * @param maxHeap Trino's JVM heap; default {@value LocalTrinoSettings#DEFAULT_MAX_HEAP}
 */
public record ServingSettings(WarehouseCatalogSettings warehouse, Path stateDirectory, int httpsPort,
                              List<AccountSettings> accounts, String maxHeap) {
    public static final int DEFAULT_HTTPS_PORT = 8443;

    public ServingSettings {
        requireNonNull(warehouse, "warehouse is null");
        requireNonNull(stateDirectory, "stateDirectory is null");
        accounts = List.copyOf(requireNonNull(accounts, "accounts is null"));
        requireNonNull(maxHeap, "maxHeap is null");
        stateDirectory = stateDirectory.toAbsolutePath().normalize();
    }

    /** The demo's settings: port 8443, the accounts of {@link AccountSettings#demo()}, 2 GB heap. */
    public static ServingSettings demo(WarehouseCatalogSettings warehouse, Path stateDirectory) {
        return new ServingSettings(warehouse, stateDirectory, DEFAULT_HTTPS_PORT, AccountSettings.demo(), LocalTrinoSettings.DEFAULT_MAX_HEAP);
    }

    public ServingSettings withHttpsPort(int port) {
        return new ServingSettings(warehouse, stateDirectory, port, accounts, maxHeap);
    }

    public ServingSettings withAccounts(List<AccountSettings> replacement) {
        return new ServingSettings(warehouse, stateDirectory, httpsPort, replacement, maxHeap);
    }

    public Path trinoDirectory() {
        return stateDirectory.resolve("trino");
    }
}

package vn.gov.quangnam.lris.serving;

import vn.gov.quangnam.lris.localstack.trino.LocalTrinoSettings;
import vn.gov.quangnam.lris.localstack.trino.TrinoSecurityFiles;
import vn.gov.quangnam.lris.serving.catalog.TrinoCatalogProperties;
import vn.gov.quangnam.lris.serving.security.AccessControlRules;
import vn.gov.quangnam.lris.serving.security.AccountPasswords;
import vn.gov.quangnam.lris.serving.security.PasswordFile;
import vn.gov.quangnam.lris.serving.security.PublishedRelations;
import vn.gov.quangnam.lris.serving.security.ServingAccounts;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Everything Trino needs to serve the warehouse, resolved from {@link ServingSettings}: the accounts with their
 * passwords, the catalog file, and the security files (bcrypt password file, access-control rules).
 */
public record ServingConfiguration(ServingSettings settings, ServingAccounts accounts, Map<String, Map<String, String>> catalogs,
                                   TrinoSecurityFiles security) {
    public ServingConfiguration {
        requireNonNull(settings, "settings is null");
        requireNonNull(accounts, "accounts is null");
        catalogs = Map.copyOf(catalogs);
        requireNonNull(security, "security is null");
    }

    /** Resolves passwords (generating missing ones), lists the published relations of the warehouse, renders the files. */
    public static ServingConfiguration prepare(ServingSettings settings) {
        ServingAccounts accounts = AccountPasswords.resolve(settings.accounts(), settings.stateDirectory());
        String catalog = settings.warehouse().catalogName();
        PublishedRelations relations = PublishedRelations.discover(settings.warehouse());
        TrinoSecurityFiles security = new TrinoSecurityFiles(PasswordFile.render(accounts),
                new AccessControlRules(catalog, relations).render(accounts));
        return new ServingConfiguration(settings, accounts, Map.of(catalog, TrinoCatalogProperties.of(settings.warehouse())), security);
    }

    public String catalog() {
        return settings.warehouse().catalogName();
    }

    public LocalTrinoSettings localTrinoSettings() {
        return new LocalTrinoSettings(settings.trinoDirectory(), settings.httpsPort(), catalogs, security, settings.maxHeap());
    }
}

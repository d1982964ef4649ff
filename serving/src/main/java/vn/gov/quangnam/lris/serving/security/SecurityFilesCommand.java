package vn.gov.quangnam.lris.serving.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code password.db} and {@code rules.json} for an operator's Trino cluster (see serving/README.md), from the
 * same code the local Trino uses, so a production cluster enforces the same rules as the demo.
 *
 * <p>Arguments: {@code <output directory> <catalog> <user>:<scope>[:<password>]...}, e.g.
 * {@code /etc/trino lris lris_service:service province:province district_502:district-502}. A missing password is
 * generated and printed once (as the demo's {@code ACCOUNT} line); the rules cover the mart tables and reporting views
 * this version defines (a table added later needs the rules regenerated, until then district accounts cannot read it).
 */
public final class SecurityFilesCommand {
    private SecurityFilesCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: SecurityFilesCommand <output directory> <catalog> <user>:<scope>[:<password>]... "
                    + "(scopes: service, analyst, province, district-<code>; exactly one service account)");
        }
        Path output = Path.of(args[0]);
        String catalog = args[1];
        List<ServingAccount> accounts = new ArrayList<>();
        for (int index = 2; index < args.length; index++) {
            String[] parts = args[index].split(":", 3);
            if (parts.length < 2) {
                throw new IllegalArgumentException("account '" + args[index] + "' must be <user>:<scope>[:<password>]");
            }
            AccountSettings settings = new AccountSettings(parts[0], AccessScope.parse(parts[1]), parts.length == 3 ? parts[2] : null);
            String password = settings.password() == null ? AccountPasswords.generate() : settings.password();
            ServingAccount account = new ServingAccount(settings.user(), settings.scope(), password);
            if (settings.password() == null) {
                System.out.println(account.announcement());
            }
            accounts.add(account);
        }
        ServingAccounts resolved = new ServingAccounts(accounts);
        Files.createDirectories(output);
        writePrivate(output.resolve("password.db"), PasswordFile.render(resolved));
        writePrivate(output.resolve("rules.json"), new AccessControlRules(catalog, PublishedRelations.fromDefinitionsOnly()).render(resolved));
        System.out.println("wrote " + output.resolve("password.db") + " and " + output.resolve("rules.json"));
    }

    private static void writePrivate(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}

package vn.gov.quangnam.lris.serving.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Resolves the accounts' passwords: a configured password is used as is; a missing one is generated once per
 * installation and kept in {@code <state directory>/trino-accounts.properties} (mode 0600), so the demo's accounts keep
 * their passwords across restarts and differ between machines.
 */
public final class AccountPasswords {
    public static final String FILE_NAME = "trino-accounts.properties";
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccountPasswords() {
    }

    public static ServingAccounts resolve(List<AccountSettings> accounts, Path stateDirectory) {
        Path file = stateDirectory.resolve(FILE_NAME);
        Properties generated = read(file);
        boolean changed = false;
        List<ServingAccount> resolved = new ArrayList<>();
        for (AccountSettings account : accounts) {
            String password = account.password();
            if (password == null) {
                password = generated.getProperty(account.user());
                if (password == null) {
                    password = generate();
                    generated.setProperty(account.user(), password);
                    changed = true;
                }
            }
            resolved.add(new ServingAccount(account.user(), account.scope(), password));
        }
        if (changed) {
            write(file, generated);
        }
        return new ServingAccounts(resolved);
    }

    static String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int index = 0; index < GENERATED_LENGTH; index++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the generated Trino passwords in " + file + ": " + e.getMessage()
                        + "; fix its permissions or delete it to generate new passwords", e);
            }
        }
        return properties;
    }

    private static void write(Path file, Properties properties) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Generated passwords of the Trino accounts of this installation (LRIS serving). "
                        + "Delete a line to generate a new password at the next start.");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated Trino passwords to " + file + ": " + e.getMessage(), e);
        }
    }
}

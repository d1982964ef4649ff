package vn.gov.quangnam.lris.serving.security;

import at.favre.lib.crypto.bcrypt.BCrypt;

import java.nio.charset.StandardCharsets;

/**
 * Trino's password file ({@code user:hash} per line, read by the {@code file} password authenticator) with bcrypt
 * hashes. The hashes are made with {@code at.favre.lib:bcrypt}, the library (and version) Trino's
 * password-authenticators plugin verifies them with, in the {@code $2y$} form the Trino documentation shows. Cost 10:
 * Trino rejects costs below 8, and caches a verified login, so a slower hash costs only the first login.
 */
public final class PasswordFile {
    static final int COST = 10;

    private PasswordFile() {
    }

    public static String render(ServingAccounts accounts) {
        StringBuilder file = new StringBuilder();
        for (ServingAccount account : accounts.all()) {
            file.append(account.user()).append(':').append(hash(account.password())).append('\n');
        }
        return file.toString();
    }

    static String hash(String password) {
        byte[] hash = BCrypt.with(BCrypt.Version.VERSION_2Y).hash(COST, password.getBytes(StandardCharsets.UTF_8));
        return new String(hash, StandardCharsets.UTF_8);
    }

    static boolean verifies(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}

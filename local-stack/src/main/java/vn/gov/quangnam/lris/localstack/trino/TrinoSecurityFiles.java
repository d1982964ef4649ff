package vn.gov.quangnam.lris.localstack.trino;

import static java.util.Objects.requireNonNull;

/**
 * Who may log in and what each may do, as Trino reads it: the password file of the {@code file} password
 * authenticator ({@code user:bcrypt-hash} lines) and the rules of file-based system access control (JSON). Trino
 * re-reads both every minute, so they change without a restart.
 */
public record TrinoSecurityFiles(String passwordFile, String accessControlRules) {
    public TrinoSecurityFiles {
        requireNonNull(passwordFile, "passwordFile is null");
        requireNonNull(accessControlRules, "accessControlRules is null");
        if (passwordFile.isBlank()) {
            throw new IllegalArgumentException("the password file has no account: with password authentication nobody could log in");
        }
    }

    @Override
    public String toString() {
        return "TrinoSecurityFiles[" + passwordFile.lines().count() + " accounts, " + accessControlRules.length() + " characters of rules]";
    }
}

package vn.gov.quangnam.lris.serving.security;

import static java.util.Objects.requireNonNull;

/** A Trino account with its password resolved (configured or generated). {@link #toString()} never shows the password. */
public record ServingAccount(String user, AccessScope scope, String password) {
    public ServingAccount {
        requireNonNull(user, "user is null");
        requireNonNull(scope, "scope is null");
        requireNonNull(password, "password is null");
    }

    /** The demo's announcement line (contract.md): {@code ACCOUNT district-502 user=district_502 password=...}. */
    public String announcement() {
        return "ACCOUNT " + scope + " user=" + user + " password=" + password;
    }

    @Override
    public String toString() {
        return "ServingAccount[user=" + user + ", scope=" + scope + "]";
    }
}

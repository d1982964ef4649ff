package vn.gov.quangnam.lris.serving.security;

import java.util.List;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * One Trino account as configured.
 *
 * @param user the login name: lower case letters, digits and {@code _}, starting with a letter
 * @param scope what it may see
 * @param password its password, or null to generate one per installation (kept in the state directory, 0600)
 */
public record AccountSettings(String user, AccessScope scope, String password) {
    private static final Pattern USER = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    public static final int MINIMUM_PASSWORD_LENGTH = 8;

    public AccountSettings {
        requireNonNull(user, "user is null");
        requireNonNull(scope, "scope is null");
        if (!USER.matcher(user).matches()) {
            throw new IllegalArgumentException("Trino account name '" + user
                    + "' must be lower case letters, digits and _, starting with a letter (at most 63 characters)");
        }
        if (password != null && password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the configured password of Trino account " + user + " is shorter than "
                    + MINIMUM_PASSWORD_LENGTH + " characters; configure a longer one or none to have one generated");
        }
    }

    public static AccountSettings generated(String user, AccessScope scope) {
        return new AccountSettings(user, scope, null);
    }

    /**
     * The demo's accounts (contract.md): the service account, a province-wide account and a district account for
     * Tam Kỳ (502), all with generated passwords.
     */
    public static List<AccountSettings> demo() {
        return List.of(
                generated("lris_service", AccessScope.SERVICE),
                generated("province", AccessScope.PROVINCE),
                generated("district_502", AccessScope.district("502")));
    }

    @Override
    public String toString() {
        return "AccountSettings[user=" + user + ", scope=" + scope + ", password=" + (password == null ? "generated" : "configured") + "]";
    }
}

package vn.gov.quangnam.lris.serving.security;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The resolved accounts of one Trino: unique names, exactly one of them the service account. */
public record ServingAccounts(List<ServingAccount> all) {
    public ServingAccounts {
        all = List.copyOf(all);
        Set<String> users = new HashSet<>();
        for (ServingAccount account : all) {
            if (!users.add(account.user())) {
                throw new IllegalArgumentException("Trino account '" + account.user() + "' is configured twice; every account needs its own name");
            }
        }
        long services = all.stream().filter(account -> account.scope().writes()).count();
        if (services != 1) {
            throw new IllegalArgumentException("exactly one Trino account must have scope 'service' (it owns the reporting views "
                    + "and evaluates the district row filters), found " + services);
        }
    }

    public ServingAccount service() {
        return all.stream().filter(account -> account.scope().writes()).findFirst().orElseThrow();
    }

    public Optional<ServingAccount> find(String user) {
        return all.stream().filter(account -> account.user().equals(user)).findFirst();
    }

    /** The first account with this scope, e.g. {@code withScope(AccessScope.district("502"))}. */
    public Optional<ServingAccount> withScope(AccessScope scope) {
        return all.stream().filter(account -> account.scope().equals(scope)).findFirst();
    }

    public List<ServingAccount> withKind(AccessScope.Kind kind) {
        return all.stream().filter(account -> account.scope().kind() == kind).toList();
    }
}

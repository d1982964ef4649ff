package vn.gov.quangnam.lris.serving.superset;

import vn.gov.quangnam.lris.serving.RunningServing;
import vn.gov.quangnam.lris.serving.security.ServingAccount;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * How Superset reaches Trino: host and port of Trino's HTTPS endpoint, the account it logs in with (its password is
 * not in the bundle: Superset asks for it at import), the catalog, and the PEM certificate Superset's Trino driver
 * verifies the server with.
 */
public record SupersetConnection(String host, int port, String user, String catalog, Path certificatePem) {
    public SupersetConnection {
        requireNonNull(host, "host is null");
        requireNonNull(user, "user is null");
        requireNonNull(catalog, "catalog is null");
        requireNonNull(certificatePem, "certificatePem is null");
    }

    /** The connection to a running serving as one of its accounts (the province account for leaders' dashboards). */
    public static SupersetConnection of(RunningServing serving, ServingAccount account) {
        return new SupersetConnection("127.0.0.1", serving.httpsPort(), account.user(), serving.catalog(), serving.certificatePem());
    }

    /**
     * The SQLAlchemy URI of Superset's Trino driver with the password masked the way Superset exports do:
     * {@code trino://province:XXXXXXXXXX@127.0.0.1:8443/lris}.
     */
    public String maskedSqlalchemyUri() {
        return "trino://" + user + ":" + SupersetBundle.PASSWORD_MASK + "@" + host + ":" + port + "/" + catalog;
    }
}

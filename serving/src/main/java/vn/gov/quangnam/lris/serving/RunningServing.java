package vn.gov.quangnam.lris.serving;

import vn.gov.quangnam.lris.localstack.trino.LocalTrino;
import vn.gov.quangnam.lris.localstack.trino.MavenLocalRepository;
import vn.gov.quangnam.lris.localstack.trino.TrinoArtifacts;
import vn.gov.quangnam.lris.serving.security.ServingAccount;
import vn.gov.quangnam.lris.serving.security.ServingAccounts;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static java.util.Objects.requireNonNull;

/**
 * A Trino serving the warehouse: where clients connect, with which accounts and which certificate. Closing it stops
 * Trino if {@link TrinoServing#start} started it (a reused or shared server keeps running).
 */
public final class RunningServing implements AutoCloseable {
    private final LocalTrino trino;
    private final ServingConfiguration configuration;

    RunningServing(LocalTrino trino, ServingConfiguration configuration) {
        this.trino = requireNonNull(trino, "trino is null");
        this.configuration = requireNonNull(configuration, "configuration is null");
    }

    /** {@code jdbc:trino://127.0.0.1:<port>/lris?SSL=true&SSLTrustStorePath=<truststore>}; user and password go apart. */
    public String jdbcUrl() {
        return trino.jdbcUrl(configuration.catalog());
    }

    /** {@code https://127.0.0.1:<port>}: the CLI's {@code --server}, the web UI, Superset's host and port. */
    public String serverUri() {
        return trino.serverUri();
    }

    public int httpsPort() {
        return trino.httpsPort();
    }

    public String catalog() {
        return configuration.catalog();
    }

    public ServingAccounts accounts() {
        return configuration.accounts();
    }

    /** PKCS12 truststore without password: JDBC {@code SSLTrustStorePath}, CLI {@code --truststore-path}, DBeaver. */
    public Path truststore() {
        return trino.truststore();
    }

    /** The server certificate as PEM: Superset's {@code verify}, ODBC drivers, Python clients. */
    public Path certificatePem() {
        return trino.certificatePem();
    }

    public Path serverLog() {
        return trino.serverLog();
    }

    public Connection connect(ServingAccount account) throws SQLException {
        return connect(account.user(), account.password());
    }

    public Connection connect(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(), properties);
    }

    /**
     * A command line that opens the Trino CLI as this account, e.g. {@code TRINO_PASSWORD='…' java -jar
     * ~/.m2/repository/io/trino/trino-cli/476/trino-cli-476-executable.jar --server https://127.0.0.1:8443
     * --truststore-path … --user province --password --catalog lris --schema reporting}.
     */
    public String cliCommand(ServingAccount account) {
        Path cli = TrinoArtifacts.CLI.pathIn(MavenLocalRepository.standard().root());
        return "TRINO_PASSWORD='" + account.password().replace("'", "'\\''") + "' java -jar " + cli
                + " --server " + serverUri() + " --truststore-path " + truststore() + " --user " + account.user()
                + " --password --catalog " + catalog() + " --schema reporting";
    }

    /** Stops Trino if it was started for this serving. */
    @Override
    public void close() {
        trino.close();
    }
}

package vn.gov.quangnam.lris.serving.superset;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the Superset bundle; run by the build ({@code serving/pom.xml}, phase process-classes) into
 * {@code serving/target/superset/lris-superset-bundle.zip}.
 *
 * <p>Arguments: {@code <zip> [host] [port] [user] [certificate PEM]}. The defaults are the demo's: Trino at
 * 127.0.0.1:8443, the {@code province} account, and the certificate {@code ./lris demo} creates in
 * {@code .lris/trino/tls/trino-ca.pem} under the repository root.
 */
public final class SupersetBundleCommand {
    private SupersetBundleCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: SupersetBundleCommand <zip> [host] [port] [user] [certificate PEM]");
        }
        Path zip = Path.of(args[0]);
        String host = args.length > 1 ? args[1] : "127.0.0.1";
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 8443;
        String user = args.length > 3 ? args[3] : "province";
        Path certificate = args.length > 4 ? Path.of(args[4]) : Path.of(".lris", "trino", "tls", "trino-ca.pem").toAbsolutePath();
        String now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        new SupersetBundle(new SupersetConnection(host, port, user, "lris", certificate), now).write(zip);
        System.out.println("Superset bundle written to " + zip.toAbsolutePath());
    }
}

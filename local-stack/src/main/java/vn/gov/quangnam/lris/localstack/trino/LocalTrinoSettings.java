package vn.gov.quangnam.lris.localstack.trino;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Where and how a local single-node Trino runs.
 *
 * @param serverDirectory holds {@code etc/} (configuration, written on every start), {@code tls/} (certificate, kept)
 *        and {@code data/} (logs, pid file); one running server per directory
 * @param httpsPort the only port, on 127.0.0.1 (HTTP is disabled); the demo's default is 8443
 * @param catalogs catalog name to the properties of its {@code etc/catalog/<name>.properties}
 * @param security password file and access-control rules
 * @param maxHeap the JVM's {@code -Xmx}; {@value #DEFAULT_MAX_HEAP} suits a 2-core, 24 GiB machine shared with Spark
 */
public record LocalTrinoSettings(Path serverDirectory, int httpsPort, Map<String, Map<String, String>> catalogs,
                                 TrinoSecurityFiles security, String maxHeap) {
    public static final String DEFAULT_MAX_HEAP = "2G";
    private static final Pattern CATALOG_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[mMgG]");

    public LocalTrinoSettings {
        requireNonNull(serverDirectory, "serverDirectory is null");
        requireNonNull(catalogs, "catalogs is null");
        requireNonNull(security, "security is null");
        requireNonNull(maxHeap, "maxHeap is null");
        if (httpsPort < 1 || httpsPort > 65535) {
            throw new IllegalArgumentException("Trino HTTPS port must be between 1 and 65535, was " + httpsPort);
        }
        if (!HEAP.matcher(maxHeap).matches()) {
            throw new IllegalArgumentException("Trino max heap must look like 2G or 1536M, was '" + maxHeap + "'");
        }
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        catalogs.forEach((name, properties) -> {
            if (!CATALOG_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Trino catalog name '" + name + "' must be lower case letters, digits and _");
            }
            if (!properties.containsKey("connector.name")) {
                throw new IllegalArgumentException("Trino catalog " + name + " has no connector.name property");
            }
            copy.put(name, Map.copyOf(properties));
        });
        catalogs = java.util.Collections.unmodifiableMap(copy);
        serverDirectory = serverDirectory.toAbsolutePath().normalize();
    }

    public static LocalTrinoSettings of(Path serverDirectory, int httpsPort, Map<String, Map<String, String>> catalogs,
                                        TrinoSecurityFiles security) {
        return new LocalTrinoSettings(serverDirectory, httpsPort, catalogs, security, DEFAULT_MAX_HEAP);
    }

    Path etcDirectory() {
        return serverDirectory.resolve("etc");
    }

    Path dataDirectory() {
        return serverDirectory.resolve("data");
    }

    Path tlsDirectory() {
        return serverDirectory.resolve("tls");
    }

    Path serverLog() {
        return dataDirectory().resolve("var/log/server.log");
    }

    Path launcherLog() {
        return dataDirectory().resolve("var/log/launcher.log");
    }

    @Override
    public String toString() {
        return "LocalTrinoSettings[serverDirectory=" + serverDirectory + ", httpsPort=" + httpsPort
                + ", catalogs=" + catalogs.keySet() + ", security=" + security + ", maxHeap=" + maxHeap + "]";
    }
}

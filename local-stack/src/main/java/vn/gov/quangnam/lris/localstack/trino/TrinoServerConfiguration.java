package vn.gov.quangnam.lris.localstack.trino;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The files of a local Trino's {@code etc/} directory, rendered from {@link LocalTrinoSettings}: a single node that is
 * coordinator and worker, reachable only over HTTPS on 127.0.0.1, with password authentication (bcrypt password file),
 * file-based access control and one properties file per catalog.
 *
 * <p>HTTP is disabled. Internal communication (the node talking to itself) also goes over HTTPS with the same
 * certificate and a shared secret, because {@code internal-communication.https.required=true} without an explicit
 * keystore would replace the client-facing certificate by one Trino generates.
 */
final class TrinoServerConfiguration {
    static final String PASSWORD_FILE = "password.db";
    static final String RULES_FILE = "rules.json";
    /**
     * How often Trino re-reads the password file and the rules. Not seconds: the file password authenticator builds a
     * new password store, with an empty cache of verified logins, at every refresh, so each account's next request
     * pays a bcrypt verification again (about 0.1-0.2 s on a 2-core machine, blocking that account's concurrent
     * requests); at 5 s that was one dashboard query in fifteen, right at the p95. Same as the production templates.
     */
    static final String SECURITY_REFRESH_PERIOD = "1m";
    private static final String HEADER = "# Written by LRIS Warehouse (LocalTrino) on every start: change LocalTrinoSettings, not this file.\n";

    private final Map<String, String> restartFiles;
    private final Map<String, String> refreshedFiles;

    private TrinoServerConfiguration(Map<String, String> restartFiles, Map<String, String> refreshedFiles) {
        this.restartFiles = restartFiles;
        this.refreshedFiles = refreshedFiles;
    }

    static TrinoServerConfiguration render(LocalTrinoSettings settings, TrinoCertificate certificate, String sharedSecret) {
        Path etc = settings.etcDirectory();
        Map<String, String> restart = new LinkedHashMap<>();
        restart.put("node.properties", properties(Map.of(
                "node.environment", "lris",
                "node.id", UUID.nameUUIDFromBytes(settings.serverDirectory().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(),
                "node.data-dir", settings.dataDirectory().toString(),
                "node.bind-ip", "127.0.0.1",
                "node.internal-address", "127.0.0.1")));
        restart.put("config.properties", configProperties(settings, certificate, sharedSecret));
        restart.put("jvm.config", jvmConfig(settings));
        restart.put("log.properties", HEADER + "io.trino=INFO\n");
        restart.put("password-authenticator.properties", properties(Map.of(
                "password-authenticator.name", "file",
                "file.password-file", etc.resolve(PASSWORD_FILE).toString(),
                "file.refresh-period", SECURITY_REFRESH_PERIOD)));
        restart.put("access-control.properties", properties(Map.of(
                "access-control.name", "file",
                "security.config-file", etc.resolve(RULES_FILE).toString(),
                "security.refresh-period", SECURITY_REFRESH_PERIOD)));
        settings.catalogs().forEach((name, catalog) -> restart.put("catalog/" + name + ".properties", properties(catalog)));

        Map<String, String> refreshed = new LinkedHashMap<>();
        String passwordFile = settings.security().passwordFile();
        refreshed.put(PASSWORD_FILE, passwordFile.endsWith("\n") ? passwordFile : passwordFile + "\n");
        refreshed.put(RULES_FILE, settings.security().accessControlRules());
        return new TrinoServerConfiguration(Map.copyOf(restart), Map.copyOf(refreshed));
    }

    private static String configProperties(LocalTrinoSettings settings, TrinoCertificate certificate, String sharedSecret) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("coordinator", "true");
        config.put("node-scheduler.include-coordinator", "true");
        config.put("http-server.http.enabled", "false");
        config.put("http-server.https.enabled", "true");
        config.put("http-server.https.port", String.valueOf(settings.httpsPort()));
        config.put("http-server.https.keystore.path", certificate.keystore().toString());
        config.put("http-server.https.keystore.key", certificate.keystorePassword());
        config.put("discovery.uri", "https://127.0.0.1:" + settings.httpsPort());
        config.put("internal-communication.shared-secret", sharedSecret);
        config.put("internal-communication.https.required", "true");
        config.put("internal-communication.https.keystore.path", certificate.keystore().toString());
        config.put("internal-communication.https.keystore.key", certificate.keystorePassword());
        config.put("internal-communication.https.truststore.path", certificate.truststore().toString());
        config.put("http-server.authentication.type", "PASSWORD");
        // 476 defaults this to true, which accepts a bare user name over plain HTTP
        config.put("http-server.authentication.allow-insecure-over-http", "false");
        config.put("catalog.management", "static");
        config.put("log.max-size", "100MB");
        config.put("log.max-total-size", "500MB");
        config.put("http-server.log.max-size", "50MB");
        config.put("http-server.log.max-history", "5");
        return properties(config);
    }

    private static String jvmConfig(LocalTrinoSettings settings) {
        return String.join("\n",
                "-server",
                "-Xmx" + settings.maxHeap(),
                "-XX:+UseG1GC",
                "-XX:G1HeapRegionSize=32M",
                "-XX:+ExplicitGCInvokesConcurrent",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:-OmitStackTraceInFastThrow",
                "-XX:ReservedCodeCacheSize=256M",
                "-XX:PerMethodRecompilationCutoff=10000",
                "-XX:PerBytecodeRecompilationCutoff=10000",
                "-XX:+EnableDynamicAgentLoading",
                "-Djdk.attach.allowAttachSelf=true",
                "-Djdk.nio.maxCachedBufferSize=2000000",
                "-Dfile.encoding=UTF-8",
                "");
    }

    /** A properties file with keys in the given order, values escaped for {@link java.util.Properties#load}. */
    static String properties(Map<String, String> values) {
        StringBuilder text = new StringBuilder(HEADER);
        Map<String, String> ordered = values instanceof LinkedHashMap ? values : new java.util.TreeMap<>(values);
        ordered.forEach((key, value) -> text.append(escape(key, true)).append('=').append(escape(value, false)).append('\n'));
        return text.toString();
    }

    private static String escape(String text, boolean isKey) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            switch (character) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '=', ':', '#', '!' -> escaped.append(isKey || index == 0 ? "\\" + character : String.valueOf(character));
                case ' ' -> escaped.append(isKey || index == 0 ? "\\ " : " ");
                default -> {
                    if (character < 0x20 || character > 0x7e) {
                        escaped.append(String.format("\\u%04x", (int) character));
                    } else {
                        escaped.append(character);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Files read only at start: a running server with other contents must be restarted to take them. */
    Map<String, String> restartFiles() {
        return restartFiles;
    }

    /** Files Trino re-reads while running (password file, access-control rules). */
    Map<String, String> refreshedFiles() {
        return refreshedFiles;
    }
}

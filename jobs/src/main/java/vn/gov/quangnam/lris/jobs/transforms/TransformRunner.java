package vn.gov.quangnam.lris.jobs.transforms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.quangnam.lris.schema.catalog.WarehouseCatalogSettings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs the Spark transforms outside this JVM, as {@code spark-submit} would: by default a child JVM with the
 * transforms module's classpath and {@code local[*]}; or a configured command (a cluster's spark-submit). Spark in
 * the service's own JVM would need fragile dependency pins (stack.md); a separate process also returns exit codes
 * faithfully and frees its memory when done.
 */
@Component
public class TransformRunner {
    private static final Logger log = LoggerFactory.getLogger(TransformRunner.class);
    private static final String MAIN_CLASS = "vn.gov.quangnam.lris.transforms.TransformsMain";
    /** Spark's JVM options on Java 17+ (org.apache.spark.launcher.JavaModuleOptions), plus Iceberg's on Java 25. */
    private static final List<String> SPARK_JVM_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-modules=jdk.incubator.vector", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true", "-Dorg.apache.iceberg.shaded.io.netty.noUnsafe=false",
            "--enable-native-access=ALL-UNNAMED", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8");
    private static final int ERROR_TAIL_LINES = 25;

    private final TransformProperties properties;
    private final WarehouseCatalogSettings catalog;

    public TransformRunner(TransformProperties properties, WarehouseCatalogSettings catalog) {
        this.properties = properties;
        this.catalog = catalog;
    }

    public TransformOutcome run(boolean full, LocalDate asOf) {
        return run(full, asOf, null, null);
    }

    /**
     * Runs the transforms in a child JVM: {@code full} rebuilds every year; {@code asOf} (null: today) is the day the
     * figures are judged on; {@code from}/{@code to} (null: none) ask for the periods of those months to be recomputed.
     */
    public TransformOutcome run(boolean full, LocalDate asOf, YearMonth from, YearMonth to) {
        List<String> arguments = new ArrayList<>();
        if (full) {
            arguments.add("--full");
        }
        if (asOf != null) {
            arguments.addAll(List.of("--as-of", asOf.toString()));
        }
        if (from != null) {
            arguments.addAll(List.of("--from", from.toString()));
        }
        if (to != null) {
            arguments.addAll(List.of("--to", to.toString()));
        }
        List<String> command = new ArrayList<>(properties.command().isEmpty() ? childJvm() : properties.command());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment());
        long started = System.nanoTime();
        try {
            Process process = builder.start();
            Deque<String> errorTail = new ArrayDeque<>();
            Thread errors = new Thread(() -> relay(process, errorTail), "transforms-stderr");
            errors.start();
            Map<String, String> result = new LinkedHashMap<>();
            List<String> statuses = new ArrayList<>();
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    if (line.startsWith("RESULT ")) {
                        for (String pair : line.substring(7).split(" ")) {
                            int equals = pair.indexOf('=');
                            result.put(pair.substring(0, equals), pair.substring(equals + 1));
                        }
                    } else if (line.startsWith("STATUS ")) {
                        statuses.add(line.substring(7));
                    }
                }
            }
            int exitCode = process.waitFor();
            errors.join();
            synchronized (errorTail) {
                return new TransformOutcome(exitCode, result, statuses, Duration.ofNanos(System.nanoTime() - started),
                        String.join("\n", errorTail));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the transforms (" + String.join(" ", command.subList(0, 1))
                    + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the transforms", e);
        }
    }

    private List<String> childJvm() {
        Path classpathFile = properties.classpathFile().toAbsolutePath();
        Path classes = properties.classesJar().toAbsolutePath();
        if (!Files.isRegularFile(classpathFile) || !Files.isRegularFile(classes)) {
            throw new IllegalStateException("the transforms are not built: " + classpathFile + " or " + classes
                    + " is missing; build them with './mvnw -DskipTests -pl transforms -am package' (./lris does), "
                    + "or set lris.transforms.command to run them on a cluster");
        }
        String classpath;
        try {
            classpath = classes + java.io.File.pathSeparator + Files.readString(classpathFile).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classpathFile + ": " + e.getMessage(), e);
        }
        Path java = (properties.javaHome() == null ? Path.of(System.getProperty("java.home")) : properties.javaHome())
                .resolve("bin").resolve("java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + properties.maxHeap()));
        command.addAll(SPARK_JVM_OPTIONS);
        command.addAll(List.of("-cp", classpath, MAIN_CLASS));
        return command;
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("LRIS_CATALOG_NAME", catalog.catalogName());
        environment.put("LRIS_CATALOG_URI", catalog.jdbcUrl());
        environment.put("LRIS_CATALOG_USER", catalog.user());
        environment.put("LRIS_CATALOG_PASSWORD", catalog.password());
        environment.put("LRIS_WAREHOUSE", catalog.warehouseLocation());
        environment.put("LRIS_CATALOG_PROPERTIES", catalog.properties().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(";")));
        environment.put("LRIS_SPARK_MASTER", properties.sparkMaster());
        environment.put("LRIS_SNAPSHOT_RETENTION_DAYS", String.valueOf(properties.snapshotRetentionDays()));
        environment.put("SPARK_LOCAL_IP", "127.0.0.1");
        return environment;
    }

    /** Passes the child's log lines on to this service's log and keeps the last ones for an error message. */
    private static void relay(Process process, Deque<String> tail) {
        try (BufferedReader errors = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = errors.readLine(); line != null; line = errors.readLine()) {
                log.info("transforms: {}", line);
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > ERROR_TAIL_LINES) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            log.warn("lost the transforms' error output: {}", e.getMessage());
        }
    }
}

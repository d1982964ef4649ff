package vn.gov.quangnam.lris.transforms;

import org.apache.spark.sql.SparkSession;
import vn.gov.quangnam.lris.transforms.indicators.IndicatorValuesResult;
import vn.gov.quangnam.lris.transforms.indicators.SparkComputeIndicatorValues;
import vn.gov.quangnam.lris.transforms.publish.DataTestFailure;
import vn.gov.quangnam.lris.transforms.spark.SparkSessions;

import java.time.LocalDate;
import java.util.Map;

/**
 * Entry point of the transforms, for the jobs service's child JVM and for {@code spark-submit}:
 * {@code TransformsMain [--full] [--as-of yyyy-MM-dd]}. Settings come from the environment ({@link TransformSettings}).
 * Prints one {@code RESULT key=value ...} line and one {@code STATUS indicator / level status=count ...} line per
 * indicator and level, for the caller to show. Exit codes: 0 published, 3 a data test failed (nothing published),
 * 2 bad arguments or settings, 1 anything else.
 */
public final class TransformsMain {
    private TransformsMain() {
    }

    public static void main(String[] args) {
        boolean full = false;
        LocalDate asOf = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--full" -> full = true;
                    case "--as-of" -> asOf = LocalDate.parse(args[++i]);
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'; usage: [--full] [--as-of yyyy-MM-dd]");
                }
            }
        } catch (RuntimeException e) {
            System.err.println("transforms: " + e.getMessage());
            System.exit(2);
        }
        TransformSettings settings;
        try {
            settings = TransformSettings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("transforms: " + e.getMessage());
            System.exit(2);
            return;
        }
        int exitCode;
        SparkSession spark = SparkSessions.create(settings, "lris-transforms");
        try {
            SparkComputeIndicatorValues compute = new SparkComputeIndicatorValues(spark);
            compute.full(full);
            if (asOf != null) {
                compute.asOf(asOf);
            }
            print(compute.execute());
            exitCode = 0;
        } catch (DataTestFailure e) {
            System.err.println("transforms: " + e.getMessage());
            exitCode = 3;
        } catch (RuntimeException e) {
            System.err.println("transforms failed: " + e);
            e.printStackTrace(System.err);
            exitCode = 1;
        } finally {
            spark.stop();
        }
        System.exit(exitCode);
    }

    private static void print(IndicatorValuesResult result) {
        System.out.printf("RESULT mode=%s indicator_values=%d breaches=%d self_reported_gaps=%d elapsed_ms=%d%n",
                result.full() ? "full" : "incremental", result.indicatorValueRows(), result.breachRows(), result.gapRows(),
                result.elapsedMillis());
        for (Map.Entry<String, Map<String, Long>> entry : result.statusesByIndicatorAndLevel().entrySet()) {
            StringBuilder line = new StringBuilder("STATUS ").append(entry.getKey());
            entry.getValue().forEach((status, count) -> line.append(' ').append(status).append('=').append(count));
            System.out.println(line);
        }
    }
}

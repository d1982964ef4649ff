package vn.gov.quangnam.lris.transforms;

import org.apache.spark.sql.SparkSession;
import vn.gov.quangnam.lris.transforms.indicators.IndicatorValuesResult;
import vn.gov.quangnam.lris.transforms.indicators.SparkComputeIndicatorValues;
import vn.gov.quangnam.lris.transforms.publish.DataTestFailure;
import vn.gov.quangnam.lris.transforms.spark.SparkSessions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * Entry point of the transforms, for the jobs service's child JVM and for {@code spark-submit}:
 * {@code TransformsMain [--full] [--as-of yyyy-MM-dd] [--from yyyy-MM] [--to yyyy-MM]}. Settings come from the
 * environment ({@link TransformSettings}).
 *
 * <p>{@code --from} recomputes at least the periods from that month's year on, besides what changed (after a fix in a
 * source, say). {@code --to} bounds what the user asks for, but the periods after it are recomputed too: they build on
 * the earlier ones (consecutive breaches, year-to-date, projections), so they would be stale otherwise.
 * Prints one {@code RESULT key=value ...} line and one {@code STATUS indicator / level status=count ...} line per
 * indicator and level, for the caller to show. Exit codes: 0 published, 3 a data test failed (nothing published),
 * 2 bad arguments or settings, 1 anything else.
 */
public final class TransformsMain {
    private static final String USAGE = "usage: [--full] [--as-of yyyy-MM-dd] [--from yyyy-MM] [--to yyyy-MM]";

    private TransformsMain() {
    }

    public static void main(String[] args) {
        boolean full = false;
        LocalDate asOf = null;
        YearMonth from = null;
        YearMonth to = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--full" -> full = true;
                    case "--as-of" -> asOf = LocalDate.parse(value(args, ++i, "--as-of"));
                    case "--from" -> from = YearMonth.parse(value(args, ++i, "--from"));
                    case "--to" -> to = YearMonth.parse(value(args, ++i, "--to"));
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'; " + USAGE);
                }
            }
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("--to " + to + " is before --from " + from + "; " + USAGE);
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
            compute.full(full).snapshotRetention(settings.snapshotRetention());
            if (asOf != null) {
                compute.asOf(asOf);
            }
            if (from != null) {
                compute.recomputeFrom(from.getYear());
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

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[index];
    }

    private static void print(IndicatorValuesResult result) {
        System.out.printf("RESULT mode=%s window=%s recomputed_values=%d indicator_values=%d breaches=%d self_reported_gaps=%d elapsed_ms=%d%n",
                result.full() ? "full" : "incremental", result.window(), result.recomputedValueRows(), result.indicatorValueRows(),
                result.breachRows(), result.gapRows(), result.elapsedMillis());
        for (Map.Entry<String, Map<String, Long>> entry : result.statusesByIndicatorAndLevel().entrySet()) {
            StringBuilder line = new StringBuilder("STATUS ").append(entry.getKey());
            entry.getValue().forEach((status, count) -> line.append(' ').append(status).append('=').append(count));
            System.out.println(line);
        }
    }
}

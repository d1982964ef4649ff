package vn.gov.quangnam.lris.jobs.ingestion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * Settings under {@code lris.ingestion}: the source endpoints to pull and how.
 *
 * @param chunkSize {@code lris.ingestion.chunk-size}, default 20000: records per chunk; one chunk is one Iceberg commit
 *                  (its data files, a manifest and the watermark), so a larger chunk makes fewer and larger files and
 *                  fewer commits, and a crash makes the next run read more again
 * @param endpoints {@code lris.ingestion.endpoints[i]}: one entry per source endpoint (see {@link Endpoint})
 */
@ConfigurationProperties("lris.ingestion")
@Validated
public record IngestionProperties(@DefaultValue("20000") @Min(1) @Max(100000) int chunkSize,
                                  @DefaultValue List<@Valid Endpoint> endpoints) {

    /**
     * One source endpoint.
     *
     * @param name unique name, used in lineage, watermarks and messages, e.g. {@code tamky}
     * @param source {@code onestop}, {@code documents}, {@code results} or {@code report_forms}
     * @param url REST base URL (onestop, documents, results over REST)
     * @param clientId REST client id; {@code clientSecret} from the environment, e.g.
     *                 {@code LRIS_INGESTION_ENDPOINTS_0_CLIENT_SECRET}
     * @param jdbcUrl JDBC URL of a results register table (results over JDBC), with {@code jdbcUser},
     *                {@code jdbcPassword} and {@code table} (default ket_qua_tthc)
     * @param folder inbox folder of self-reported forms (report_forms)
     * @param pageSize records per page or per JDBC fetch, default 1000
     * @param requestTimeout per request, default 30 s; {@code maxAttempts} default 6 with exponential backoff from
     *                       {@code initialBackoff} (default 500 ms)
     * @param cron Quartz cron expression of the schedule, default every hour at minute 5; empty = not scheduled
     */
    public record Endpoint(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes") String name,
                           @NotBlank @Pattern(regexp = "onestop|documents|results|report_forms", message = "must be onestop, documents, results or report_forms") String source,
                           String url, String clientId, String clientSecret,
                           String jdbcUrl, String jdbcUser, String jdbcPassword, @DefaultValue("ket_qua_tthc") String table,
                           String folder,
                           @DefaultValue("1000") @Min(1) @Max(5000) int pageSize,
                           @DefaultValue("30s") @NotNull Duration requestTimeout,
                           @DefaultValue("6") @Min(1) int maxAttempts,
                           @DefaultValue("500ms") @NotNull Duration initialBackoff,
                           @DefaultValue("0 5 * * * ?") String cron) {

        /** What kind of reader this endpoint needs; fails naming the missing setting. */
        public String describe() {
            return name + " (" + source + (jdbcUrl != null ? " over JDBC" : folder != null ? " from " + folder : " at " + url) + ")";
        }

        @Override
        public String toString() {
            return "Endpoint[" + describe() + "]";
        }
    }
}

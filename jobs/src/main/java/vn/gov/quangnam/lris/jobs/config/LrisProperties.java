package vn.gov.quangnam.lris.jobs.config;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;

/**
 * Settings under {@code lris}: where the service keeps its local state.
 *
 * @param home {@code lris.home}, default {@code .lris} (environment {@code LRIS_HOME}): the local state directory,
 *             resolved against the working directory ({@code ./lris} runs from the repository root). It holds the
 *             embedded PostgreSQL ({@code postgres/}, {@code postgres.password}), the warehouse files
 *             ({@code warehouse/}, unless {@code lris.warehouse.location} points elsewhere) and the log
 *             ({@code logs/lris.log})
 * @param verbose {@code lris.verbose}, default {@code false} (or the {@code --verbose} option): print failures with
 *                their stack trace and every log line of level INFO and above on the console
 */
@ConfigurationProperties("lris")
@Validated
public record LrisProperties(@DefaultValue(".lris") @NotNull Path home, boolean verbose) {
    public LrisProperties {
        if (home != null) {
            home = home.toAbsolutePath().normalize();
        }
    }
}

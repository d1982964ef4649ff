package vn.gov.quangnam.lris.jobs;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.quangnam.lris.jobs.cli.CommandFailure;
import vn.gov.quangnam.lris.jobs.cli.CommandLineArguments;

import java.util.Map;

/**
 * The {@code lris} command line and service: {@code schema apply}, {@code demo}, {@code status} (see
 * {@code ./lris --help}). The application context starts first (settings checked, metadata database started and
 * migrated), then the command runs; the exit code is the command's.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LrisApplication {

    /**
     * When the command line only asks for help, nothing is started: every bean is created on first use, and the
     * Quartz scheduler (created at start-up even when it does not start) is left out.
     */
    private static final Map<String, Object> HELP_ONLY = Map.of(
            "spring.main.lazy-initialization", "true",
            "spring.autoconfigure.exclude", "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration");

    public static void main(String[] arguments) {
        System.exit(run(arguments));
    }

    /** Runs one command and returns its exit code (0 done, 1 failed, 2 wrong usage, settings or reference data). */
    public static int run(String... arguments) {
        SpringApplication application = new SpringApplication(LrisApplication.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        if (CommandLineArguments.asksForHelpOnly(arguments)) {
            application.setDefaultProperties(HELP_ONLY);
        }
        ConfigurableApplicationContext context;
        try {
            context = application.run(CommandLineArguments.spring(arguments));
        } catch (RuntimeException startupFailure) {
            CommandFailure failure = CommandFailure.of(startupFailure);
            System.err.println(failure.message());
            if (CommandLineArguments.asksForVerbose(arguments)) {
                startupFailure.printStackTrace(System.err);
            }
            System.err.flush();
            return failure.exitCode();
        }
        return SpringApplication.exit(context);
    }
}

package vn.gov.quangnam.lris.jobs.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

import java.util.Set;

/**
 * Keeps the console quiet for command-line use: this project's messages from INFO, other libraries' from WARN, and
 * not Spring Boot's start-up failure report (the command line prints its own one-paragraph message). With
 * {@code verbose}, everything from INFO. The log file gets everything regardless (see logback-spring.xml).
 */
public class ConsoleLogFilter extends Filter<ILoggingEvent> {
    private static final String PROJECT_LOGGERS = "vn.gov.quangnam.lris.";
    private static final Set<String> STARTUP_FAILURE_LOGGERS = Set.of(
            "org.springframework.boot.SpringApplication",
            "org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter");
    private static final String CANCELLED_REFRESH = "Exception encountered during context initialization";

    private boolean verbose;

    public void setVerbose(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        Level level = event.getLevel();
        if (verbose || event.getLoggerName().startsWith(PROJECT_LOGGERS)) {
            return level.isGreaterOrEqual(Level.INFO) ? FilterReply.NEUTRAL : FilterReply.DENY;
        }
        if (isStartupFailureReport(event)) {
            return FilterReply.DENY;
        }
        return level.isGreaterOrEqual(Level.WARN) ? FilterReply.NEUTRAL : FilterReply.DENY;
    }

    private static boolean isStartupFailureReport(ILoggingEvent event) {
        return STARTUP_FAILURE_LOGGERS.contains(event.getLoggerName())
                || event.getLoggerName().endsWith("ApplicationContext") && event.getMessage() != null
                && event.getMessage().startsWith(CANCELLED_REFRESH);
    }
}

package vn.gov.quangnam.lris.jobs.cli;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import vn.gov.quangnam.lris.localstack.LocalStackException;
import vn.gov.quangnam.lris.schema.apply.SchemaApplyException;
import vn.gov.quangnam.lris.schema.reference.ReferenceDataException;

import java.sql.SQLException;
import java.util.stream.Collectors;

/**
 * What the command line prints on stderr when a command or the start-up fails, and its exit code: {@value #USER_ERROR}
 * for a mistake the user corrects (settings, reference files), {@value #FAILURE} for everything else (a server
 * that does not start or answer, a bug). One paragraph, no stack trace: the log file has it.
 */
public record CommandFailure(String message, int exitCode) {
    public static final int FAILURE = 1;
    public static final int USER_ERROR = 2;
    private static final String PREFIX = "lris: ";
    private static final String MORE = " (run again with --verbose for the stack trace; the log is in <lris.home>/logs/lris.log)";

    public static CommandFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ReferenceDataException) {
                return new CommandFailure(PREFIX + cause.getMessage(), USER_ERROR);
            }
            if (cause instanceof BindException bind) {
                return new CommandFailure(PREFIX + "invalid setting: " + describe(bind), USER_ERROR);
            }
            if (cause instanceof LocalStackException || cause instanceof SchemaApplyException) {
                return new CommandFailure(PREFIX + cause.getMessage(), FAILURE);
            }
        }
        return new CommandFailure(PREFIX + describeUnexpected(failure) + MORE, FAILURE);
    }

    private static String describe(BindException bind) {
        for (Throwable cause = bind.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BindValidationException validation) {
                String prefix = validation.getValidationErrors().getName().toString();
                return validation.getValidationErrors().getAllErrors().stream()
                        .map(error -> describe(prefix, error, validation))
                        .collect(Collectors.joining("; "));
            }
        }
        ConfigurationProperty property = bind.getProperty();
        String problem = rootCause(bind).getMessage();
        if (property == null) {
            return problem;
        }
        return property.getName() + " = " + shown(property.getName().toString(), property.getValue())
                + origin(property) + ": cannot be read as " + bind.getTarget().getType() + " (" + problem + ")";
    }

    private static String describe(String prefix, ObjectError error, BindValidationException validation) {
        if (!(error instanceof FieldError field)) {
            return prefix + ": " + error.getDefaultMessage();
        }
        String key = prefix + "." + kebabCase(field.getField());
        ConfigurationProperty property = validation.getValidationErrors().getBoundProperties().stream()
                .filter(bound -> bound.getName().toString().equals(key)).findFirst().orElse(null);
        String value = property == null ? "(default)" : shown(key, property.getValue()) + origin(property);
        return key + " = " + value + ": " + field.getDefaultMessage();
    }

    private static String origin(ConfigurationProperty property) {
        return property.getOrigin() == null ? "" : " (from " + property.getOrigin() + ")";
    }

    private static String shown(String key, Object value) {
        return key.contains("password") ? "(hidden)" : String.valueOf(value);
    }

    private static String kebabCase(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String describeUnexpected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return "metadata database: " + cause.getMessage();
            }
        }
        Throwable root = rootCause(failure);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}

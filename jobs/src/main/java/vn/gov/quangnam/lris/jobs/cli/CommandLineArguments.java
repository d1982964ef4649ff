package vn.gov.quangnam.lris.jobs.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits the arguments of {@code lris} into the command (for picocli) and settings (for Spring): an argument
 * {@code --<key>=<value>} whose key has a dot, such as {@code --lris.home=/var/lib/lris}, is a setting.
 */
public final class CommandLineArguments {
    public static final String VERBOSE_OPTION = "--verbose";
    private static final Set<String> HELP_OPTIONS = Set.of("-h", "--help");

    private CommandLineArguments() {
    }

    public static boolean isSetting(String argument) {
        int equals = argument.indexOf('=');
        return argument.startsWith("--") && equals > 2 && argument.substring(2, equals).contains(".");
    }

    /** The arguments picocli parses: everything except settings. */
    public static String[] command(String... arguments) {
        return Arrays.stream(arguments).filter(argument -> !isSetting(argument)).toArray(String[]::new);
    }

    /** The arguments Spring sees: all of them, with {@code --verbose} turned into the setting {@code lris.verbose}. */
    public static String[] spring(String... arguments) {
        List<String> all = new ArrayList<>(Arrays.asList(arguments));
        if (Arrays.asList(command(arguments)).contains(VERBOSE_OPTION)) {
            all.add("--lris.verbose=true");
        }
        return all.toArray(String[]::new);
    }

    /** True for the option {@code --verbose} or the setting {@code lris.verbose=true} (argument or environment). */
    public static boolean asksForVerbose(String... arguments) {
        List<String> all = Arrays.asList(arguments);
        return all.contains(VERBOSE_OPTION) || all.contains("--lris.verbose=true")
                || Boolean.parseBoolean(System.getenv("LRIS_VERBOSE"));
    }

    /**
     * True when the command line only asks for help (no command, {@code -h} or {@code --help}):
     * then nothing needs the metadata database, and it is not started.
     */
    public static boolean asksForHelpOnly(String... arguments) {
        List<String> command = Arrays.asList(command(arguments));
        return command.isEmpty() || command.stream().anyMatch(HELP_OPTIONS::contains);
    }
}

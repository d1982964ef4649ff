package vn.gov.quangnam.lris.serving.bench;

import java.util.HashMap;
import java.util.Map;

/** The benchmark commands' {@code --option value} pairs. */
public final class OptionPairs {
    private OptionPairs() {
    }

    /** The options by name without their dashes; {@code optionsClass} is named in the error for a malformed line. */
    public static Map<String, String> parse(String[] args, Class<?> optionsClass) {
        Map<String, String> values = new HashMap<>();
        for (int index = 0; index < args.length; index++) {
            String name = args[index];
            if (!name.startsWith("--") || index + 1 >= args.length) {
                throw new IllegalArgumentException("expected '--option value' pairs, got '" + name + "'; see "
                        + optionsClass.getSimpleName() + " for the options");
            }
            values.put(name.substring(2), args[++index]);
        }
        return values;
    }
}

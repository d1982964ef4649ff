package vn.gov.quangnam.lris.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The options of {@link SimulatorMain}, turned into {@link SimulatorSettings}. The results database password comes
 * from {@code --jdbc-password} or, better, from the environment variable {@value #PASSWORD_VARIABLE}.
 */
public final class SimulatorCommandLine {
    public static final String PASSWORD_VARIABLE = "LRIS_SIMULATOR_DB_PASSWORD";
    public static final String USAGE = """
            usage: SimulatorMain [options]
              --port N              HTTP port on 127.0.0.1 (default 0: a free port)
              --seed N              random seed (default 42)
              --from yyyy-MM-dd     first simulated day (default 2024-01-01)
              --to yyyy-MM-dd       last simulated day; the clock starts at its end (default 2024-03-31)
              --scale X             volume multiplier (default 1.0)
              --dossier-target N    exactly N dossiers over [from, to] instead of random volumes (default off)
              --token-lifetime S    access token lifetime in seconds (default 3600)
              --jdbc-url URL        PostgreSQL database for Điện Bàn's results register table ket_qua_tthc
                                    (without it, Điện Bàn's results are served by 'province' over REST)
              --jdbc-user NAME      its user
              --jdbc-password PW    its password (better: environment variable LRIS_SIMULATOR_DB_PASSWORD)
              --inbox DIR           folder for the self-reported forms (without it, no forms are written)
            """;
    private static final List<String> OPTIONS = List.of("--port", "--seed", "--from", "--to", "--scale",
            "--dossier-target", "--token-lifetime", "--jdbc-url", "--jdbc-user", "--jdbc-password", "--inbox");

    private SimulatorCommandLine() {
    }

    /** Parses the options; throws {@link IllegalArgumentException} naming the bad option. */
    public static SimulatorSettings parse(String[] args, Map<String, String> environment) {
        Map<String, String> values = options(args);
        SimulatorSettings defaults = SimulatorSettings.defaults();
        LocalDate from = value(values, "--from", LocalDate::parse, defaults.from());
        LocalDate to = value(values, "--to", LocalDate::parse, defaults.to());
        Path inbox = values.containsKey("--inbox") ? Path.of(values.get("--inbox")) : null;
        return defaults
                .withSeed(value(values, "--seed", Long::parseLong, defaults.seed()))
                .withRange(from, to)
                .withScale(value(values, "--scale", Double::parseDouble, defaults.scale()))
                .withDossierTarget(value(values, "--dossier-target", Long::parseLong, 0L))
                .withPort(value(values, "--port", Integer::parseInt, 0))
                .withTokenLifetime(Duration.ofSeconds(value(values, "--token-lifetime", Long::parseLong, 3600L)))
                .withLayout(EndpointLayout.standard(database(values, environment), inbox));
    }

    /** The options as given, {@code --name value} or {@code --name=value}. */
    private static Map<String, String> options(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            String value = null;
            int equals = option.indexOf('=');
            if (equals > 0) {
                value = option.substring(equals + 1);
                option = option.substring(0, equals);
            }
            if (!OPTIONS.contains(option)) {
                throw new IllegalArgumentException("unknown option '" + option + "'");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + option + " needs a value");
                }
                value = args[++i];
            }
            values.put(option, value);
        }
        return values;
    }

    private static ResultsDatabase database(Map<String, String> values, Map<String, String> environment) {
        if (!values.containsKey("--jdbc-url")) {
            return null;
        }
        String password = values.getOrDefault("--jdbc-password", environment.get(PASSWORD_VARIABLE));
        if (password == null) {
            throw new IllegalArgumentException("--jdbc-url needs a password: set " + PASSWORD_VARIABLE
                    + " (or pass --jdbc-password)");
        }
        String user = values.get("--jdbc-user");
        if (user == null) {
            throw new IllegalArgumentException("--jdbc-url needs --jdbc-user");
        }
        return new ResultsDatabase(values.get("--jdbc-url"), user, password);
    }

    private static <T> T value(Map<String, String> values, String option, Function<String, T> parser, T defaultValue) {
        String text = values.get(option);
        if (text == null) {
            return defaultValue;
        }
        try {
            return parser.apply(text.strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("option " + option + ": '" + text + "' is not valid ("
                    + e.getMessage() + ")", e);
        }
    }
}

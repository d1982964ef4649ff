package vn.gov.quangnam.lris.simulator;

import vn.gov.quangnam.lris.simulator.faults.FaultRule;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Everything a simulator run is made of. The records are a pure function of ({@code seed}, {@code from}, {@code to},
 * {@code scale}, {@code dossierTarget}, {@code layout}); the clock starts at the end of {@code to}.
 *
 * <ul>
 *   <li>{@code seed}: default 42.</li>
 *   <li>{@code from}, {@code to}: the simulated days, both inclusive; default 2024-01-01 to 2024-03-31. Units are
 *       the real ones valid on each day (2020-01-01 onwards); instants must stay before 2038.</li>
 *   <li>{@code scale}: multiplies every volume; default 1.0 (see the README for the volumes per year).</li>
 *   <li>{@code dossierTarget}: 0 (default) for Poisson volumes; otherwise exactly this many dossiers over
 *       [from, to], spread over units and days in proportion to their volumes (for benchmarks).</li>
 *   <li>{@code port}: 0 (default) for a free port; the server binds to 127.0.0.1 only.</li>
 *   <li>{@code layout}: default {@link EndpointLayout#restOnly()}.</li>
 *   <li>{@code tokenLifetime}: how long an access token is valid; default 1 hour.</li>
 *   <li>{@code httpThreads}: threads serving HTTP; default 8 (a timeout fault holds one for its delay).</li>
 *   <li>{@code initialFaults}: faults in force from the start (forms faults must be here or set before the month's
 *       forms are written); default none.</li>
 * </ul>
 */
public record SimulatorSettings(long seed, LocalDate from, LocalDate to, double scale, long dossierTarget, int port,
                                EndpointLayout layout, Duration tokenLifetime, int httpThreads,
                                List<FaultRule> initialFaults) {
    public static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2037, 12, 31);

    public SimulatorSettings {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(layout, "layout is null");
        requireNonNull(tokenLifetime, "tokenLifetime is null");
        initialFaults = List.copyOf(requireNonNull(initialFaults, "initialFaults is null"));
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("simulator setting 'to' (" + to + ") is before 'from' (" + from + ")");
        }
        if (from.isBefore(FIRST_DAY) || to.isAfter(LAST_DAY)) {
            throw new IllegalArgumentException("simulator days must be between " + FIRST_DAY + " (the start of the unit "
                    + "catalogue) and " + LAST_DAY + ", got " + from + " to " + to);
        }
        if (!(scale > 0 && scale <= 1000)) {
            throw new IllegalArgumentException("simulator setting 'scale' must be in (0, 1000], got " + scale);
        }
        if (dossierTarget < 0 || dossierTarget > 100_000_000) {
            throw new IllegalArgumentException("simulator setting 'dossierTarget' must be 0 (off) to 100000000, got "
                    + dossierTarget);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("simulator setting 'port' must be 0 (free port) to 65535, got " + port);
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("simulator setting 'tokenLifetime' must be positive, got " + tokenLifetime);
        }
        if (httpThreads < 1 || httpThreads > 64) {
            throw new IllegalArgumentException("simulator setting 'httpThreads' must be 1 to 64, got " + httpThreads);
        }
    }

    /** Seed 42, 2024-01-01 to 2024-03-31, scale 1, the REST-only standard layout, a free port. */
    public static SimulatorSettings defaults() {
        return new SimulatorSettings(42, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), 1.0, 0, 0,
                EndpointLayout.restOnly(), Duration.ofHours(1), 8, List.of());
    }

    public SimulatorSettings withSeed(long value) {
        return new SimulatorSettings(value, from, to, scale, dossierTarget, port, layout, tokenLifetime, httpThreads,
                initialFaults);
    }

    public SimulatorSettings withRange(LocalDate first, LocalDate last) {
        return new SimulatorSettings(seed, first, last, scale, dossierTarget, port, layout, tokenLifetime, httpThreads,
                initialFaults);
    }

    public SimulatorSettings withScale(double value) {
        return new SimulatorSettings(seed, from, to, value, dossierTarget, port, layout, tokenLifetime, httpThreads,
                initialFaults);
    }

    public SimulatorSettings withDossierTarget(long value) {
        return new SimulatorSettings(seed, from, to, scale, value, port, layout, tokenLifetime, httpThreads,
                initialFaults);
    }

    public SimulatorSettings withPort(int value) {
        return new SimulatorSettings(seed, from, to, scale, dossierTarget, value, layout, tokenLifetime, httpThreads,
                initialFaults);
    }

    public SimulatorSettings withLayout(EndpointLayout value) {
        return new SimulatorSettings(seed, from, to, scale, dossierTarget, port, value, tokenLifetime, httpThreads,
                initialFaults);
    }

    public SimulatorSettings withTokenLifetime(Duration value) {
        return new SimulatorSettings(seed, from, to, scale, dossierTarget, port, layout, value, httpThreads,
                initialFaults);
    }

    public SimulatorSettings withHttpThreads(int value) {
        return new SimulatorSettings(seed, from, to, scale, dossierTarget, port, layout, tokenLifetime, value,
                initialFaults);
    }

    public SimulatorSettings withInitialFaults(List<FaultRule> value) {
        return new SimulatorSettings(seed, from, to, scale, dossierTarget, port, layout, tokenLifetime, httpThreads,
                value);
    }
}

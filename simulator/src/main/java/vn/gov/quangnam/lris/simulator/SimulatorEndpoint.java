package vn.gov.quangnam.lris.simulator;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A running endpoint as a client sees it. {@code location} is the base URL of a REST endpoint
 * ({@code http://127.0.0.1:<port>/<name>}), the JDBC URL of a PostgreSQL-table endpoint, or the inbox folder of a
 * forms endpoint. {@code clientId} and {@code clientSecret} are those of the token request (REST only; null
 * otherwise). {@code unitCodes} are the units whose records (or forms) it carries from {@code from} to the clock.
 */
public record SimulatorEndpoint(String name, EndpointKind kind, String location, String clientId, String clientSecret,
                                Set<Source> sources, Set<String> unitCodes) {
    public SimulatorEndpoint {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(location, "location is null");
        sources = Set.copyOf(sources);
        unitCodes = Set.copyOf(unitCodes);
    }

    @Override
    public String toString() {
        return "SimulatorEndpoint[name=" + name + ", kind=" + kind + ", location=" + location + ", clientId=" + clientId
                + ", sources=" + sources + ", units=" + unitCodes.size() + "]";
    }
}

package vn.gov.quangnam.lris.simulator;

import static java.util.Objects.requireNonNull;

/** The client id and secret that a REST endpoint's token request must carry. The secret is never printed. */
public record Credentials(String clientId, String clientSecret) {
    public Credentials {
        requireNonNull(clientId, "clientId is null");
        requireNonNull(clientSecret, "clientSecret is null");
        if (clientId.isBlank() || clientSecret.isBlank()) {
            throw new IllegalArgumentException("client id and client secret must not be blank");
        }
    }

    public boolean matches(String id, String secret) {
        return clientId.equals(id) && clientSecret.equals(secret);
    }

    @Override
    public String toString() {
        return "Credentials[clientId=" + clientId + ", clientSecret=***]";
    }
}

package vn.gov.quangnam.lris.simulator.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/** Bearer tokens issued per endpoint, valid for the configured lifetime (wall-clock time) or until revoked. */
final class AccessTokens {
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    private record Grant(String endpoint, Instant expiresAt) {
    }

    AccessTokens(Duration lifetime, Clock clock) {
        this.lifetime = requireNonNull(lifetime, "lifetime is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    String issue(String endpoint) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "sim." + HexFormat.of().formatHex(bytes);
        grants.put(token, new Grant(endpoint, clock.instant().plus(lifetime)));
        grants.values().removeIf(grant -> grant.expiresAt().isBefore(clock.instant()));
        return token;
    }

    long lifetimeSeconds() {
        return Math.max(1, lifetime.toSeconds());
    }

    /** Whether the token was issued by this endpoint and has not expired or been revoked. */
    boolean isValid(String endpoint, String token) {
        Grant grant = token == null ? null : grants.get(token);
        return grant != null && grant.endpoint().equals(endpoint) && clock.instant().isBefore(grant.expiresAt());
    }

    /** Expires the token now (the expired-token fault). */
    void revoke(String token) {
        if (token != null) {
            grants.remove(token);
        }
    }
}

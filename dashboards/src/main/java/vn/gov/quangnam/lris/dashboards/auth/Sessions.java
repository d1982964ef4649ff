package vn.gov.quangnam.lris.dashboards.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * Logged-in viewers by session token (256 random bits). Sessions live in memory: a restart of the dashboard sends the
 * walls back to the login page, and no password is ever written to disk.
 */
public final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Session> byToken = new ConcurrentHashMap<>();

    public Sessions(Duration lifetime, Clock clock) {
        this.lifetime = requireNonNull(lifetime, "lifetime is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Starts a session; returns its token, for the cookie. */
    public String start(Viewer viewer) {
        removeExpired();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byToken.put(token, new Session(viewer, clock.instant().plus(lifetime)));
        return token;
    }

    public Optional<Viewer> viewer(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Session session = byToken.get(token);
        if (session == null) {
            return Optional.empty();
        }
        if (!session.expiresAt().isAfter(clock.instant())) {
            byToken.remove(token);
            return Optional.empty();
        }
        return Optional.of(session.viewer());
    }

    public void end(String token) {
        if (token != null) {
            byToken.remove(token);
        }
    }

    public Duration lifetime() {
        return lifetime;
    }

    private void removeExpired() {
        Instant now = clock.instant();
        byToken.values().removeIf(session -> !session.expiresAt().isAfter(now));
    }

    private record Session(Viewer viewer, Instant expiresAt) {
    }
}

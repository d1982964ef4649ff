package vn.gov.quangnam.lris.dashboards.auth;

import static java.util.Objects.requireNonNull;

/**
 * Who is looking at a wall: a Trino account. The password stays in the server's memory for the session only (never in
 * a cookie or a log), because every query runs as this account so that Trino's own row filters decide what it sees.
 */
public record Viewer(String user, String password) {
    public Viewer {
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
    }

    @Override
    public String toString() {
        return user;
    }
}

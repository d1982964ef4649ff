package vn.gov.quangnam.lris.simulator;

import static java.util.Objects.requireNonNull;

/**
 * The PostgreSQL database in which a {@link EndpointKind#POSTGRES_TABLE} endpoint keeps its results register table
 * ({@code ket_qua_tthc}). The simulator drops and recreates that table at start. The password is never printed.
 */
public record ResultsDatabase(String jdbcUrl, String user, String password) {
    public ResultsDatabase {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("results database URL must be a PostgreSQL JDBC URL "
                    + "(jdbc:postgresql://host:port/database), got " + jdbcUrl);
        }
    }

    @Override
    public String toString() {
        return "ResultsDatabase[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=***]";
    }
}

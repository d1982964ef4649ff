package vn.gov.quangnam.lris.jobs;

import vn.gov.quangnam.lris.localstack.postgres.LocalPostgres;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code lris} in this JVM against a database of the shared test PostgreSQL (not embedded). */
public final class TestLris {
    private TestLris() {
    }

    public static int run(Path home, String databaseUrl, String... command) {
        LocalPostgres server = TestPostgres.shared();
        List<String> arguments = new ArrayList<>(List.of(command));
        arguments.addAll(List.of("--lris.home=" + home,
                "--lris.metadata-database.embedded=false",
                "--lris.metadata-database.url=" + databaseUrl,
                "--lris.metadata-database.user=" + server.user(),
                "--lris.metadata-database.password=" + server.password()));
        return LrisApplication.run(arguments.toArray(String[]::new));
    }
}

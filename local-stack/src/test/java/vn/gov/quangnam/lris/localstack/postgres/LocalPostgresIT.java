package vn.gov.quangnam.lris.localstack.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalPostgresIT {

    @Test
    void startsARealServerOnLoopbackAndAnswersQueries() throws Exception {
        LocalPostgres server = TestPostgres.shared();
        try (Connection connection = server.connect(); ResultSet result = connection.createStatement()
                .executeQuery("SELECT current_database(), inet_server_addr()::text, current_setting('server_encoding')")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("lris_test");
            assertThat(result.getString(2)).startsWith("127.0.0.1");
            assertThat(result.getString(3)).isEqualTo("UTF8");
        }
    }

    @Test
    void secondStartOnTheSameDirectoryReusesTheRunningServerAndLeavesItRunning(@TempDir Path temporary) throws Exception {
        openToServerUser(temporary);
        LocalPostgresSettings settings = new LocalPostgresSettings(temporary.resolve("data"), TestPostgres.freePort(),
                "reuse", "lris", null, false);
        try (LocalPostgres first = LocalPostgres.start(settings)) {
            assertThat(Files.readString(temporary.resolve("data.password")).trim()).isEqualTo(first.password());
            try (LocalPostgres second = LocalPostgres.start(settings)) {
                assertThat(second.password()).isEqualTo(first.password());
            }
            try (Connection connection = first.connect()) {
                assertThat(connection.isValid(5)).as("closing the reusing handle must not stop the server").isTrue();
            }
        }
    }

    @Test
    void aTakenPortFailsWithTheServerLogInTheMessage(@TempDir Path temporary) {
        openToServerUser(temporary);
        int takenPort = TestPostgres.shared().port();
        LocalPostgresSettings settings = new LocalPostgresSettings(temporary.resolve("data"), takenPort,
                "clash", "lris", "x", false);
        assertThatThrownBy(() -> LocalPostgres.start(settings))
                .hasMessageContaining("PostgreSQL did not start on 127.0.0.1:" + takenPort)
                .hasMessageContaining("is the port taken by another server?");
    }

    private static void openToServerUser(Path directory) {
        // the server runs as 'postgres' when the tests run as root; JUnit's temporary directory is private
        directory.toFile().setExecutable(true, false);
        directory.toFile().setReadable(true, false);
    }
}

package vn.gov.quangnam.lris.jobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.gov.quangnam.lris.localstack.postgres.LocalPostgres;
import vn.gov.quangnam.lris.localstack.postgres.LocalPostgresSettings;
import vn.gov.quangnam.lris.localstack.postgres.TestPostgres;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class DemoOnceIT {

    @Test
    void runsThePipelineOnTheEmbeddedStackPrintsReadyAndLeavesNothingRunning(@TempDir Path temporary,
                                                                            CapturedOutput output) throws Exception {
        Path home = TestDirectories.openToServerUser(temporary).resolve("home");
        int port = TestPostgres.freePort();
        String jdbcUrl = "jdbc:postgresql://127.0.0.1:" + port + "/lris";

        int dashboardPort = TestPostgres.freePort();
        PrintStream standardOutput = System.out;
        DashboardProbingOutput probing = new DashboardProbingOutput(standardOutput);
        System.setOut(probing);
        int exitCode;
        try {
            exitCode = LrisApplication.run("demo", "--once", "--lris.home=" + home, "--lris.metadata-database.port=" + port,
                    "--lris.demo.from=2024-12-01", "--lris.demo.to=2025-01-20", "--lris.demo.scale=0.02",
                    "--lris.transforms.classpath-file=../transforms/target/runtime-classpath.txt",
                    "--lris.transforms.classes-jar=../transforms/target/transforms-0.1.0-SNAPSHOT.jar",
                    "--lris.transforms.max-heap=2g", "--lris.serving.https-port=" + TestPostgres.freePort(),
                    "--lris.dashboard.port=" + dashboardPort);
        } finally {
            System.setOut(standardOutput);
        }

        assertThat(exitCode).as("exit code; stderr:%n%s", output.getErr()).isZero();
        assertThat(output.getOut().lines().filter(line -> line.startsWith("READY ")))
                .singleElement().asString()
                .startsWith("READY dashboard=http://127.0.0.1:" + dashboardPort + " trino=jdbc:trino://127.0.0.1:")
                .contains(" simulator=http://127.0.0.1:")
                .endsWith(" catalog=" + jdbcUrl + " warehouse=file://" + home + "/warehouse");
        assertThat(output.getOut()).contains("mart.dim_units").contains("created")
                .contains("oneStopIngestJob", "documentsIngestJob", "resultsIngestJob", "reportFormsIngestJob")
                .doesNotContain("FAILED")
                .contains("indicator values").contains("on_time / commune").contains("e_processing / district");
        assertThat(output.getOut().lines().filter(line -> line.startsWith("ACCOUNT ")))
                .anySatisfy(line -> assertThat(line).startsWith("ACCOUNT province user="))
                .anySatisfy(line -> assertThat(line).startsWith("ACCOUNT district-502 user="));

        assertThat(probing.loginPage()).as("the dashboard answered while the demo ran").hasValueSatisfying(login -> {
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("Đăng nhập");
        });
        assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", dashboardPort).close())
                .as("the dashboard that demo --once started must be stopped").isInstanceOf(java.net.ConnectException.class);

        String password = Files.readString(home.resolve("postgres.password")).trim();
        assertThatThrownBy(() -> DriverManager.getConnection(jdbcUrl, "lris", password).close())
                .as("the PostgreSQL that demo --once started must be stopped")
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Connection to 127.0.0.1:" + port + " refused");

        try (LocalPostgres restarted = LocalPostgres.start(
                new LocalPostgresSettings(home.resolve("postgres"), port, "lris", "lris", null, false));
             Connection connection = restarted.connect()) {
            assertThat(publicTables(connection)).contains("lris_flyway_history", "batch_job_instance",
                    "batch_job_execution", "batch_step_execution", "qrtz_triggers", "qrtz_job_details", "qrtz_locks");
            assertThat(icebergTables(connection)).contains("mart.dim_units", "mart.dim_periods", "quality.quarantine",
                    "raw.onestop_dossiers", "staging.stg_onestop__dossiers", "mart.fct_indicator_values");
            assertThat(strings(connection, "SELECT DISTINCT i.job_name || ':' || e.status FROM batch_job_execution e "
                    + "JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id"))
                    .containsExactlyInAnyOrder("oneStopIngestJob:COMPLETED", "documentsIngestJob:COMPLETED",
                            "resultsIngestJob:COMPLETED", "reportFormsIngestJob:COMPLETED");
        }
    }

    private static List<String> publicTables(Connection connection) throws SQLException {
        return strings(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    }

    private static List<String> icebergTables(Connection connection) throws SQLException {
        return strings(connection, "SELECT table_namespace || '.' || table_name FROM iceberg_tables WHERE catalog_name = 'lris'");
    }

    private static List<String> strings(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet result = connection.createStatement().executeQuery(query)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}

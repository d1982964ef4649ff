package vn.gov.quangnam.lris.serving;

import org.junit.jupiter.api.Test;
import vn.gov.quangnam.lris.localstack.trino.MavenLocalRepository;
import vn.gov.quangnam.lris.localstack.trino.TrinoArtifacts;
import vn.gov.quangnam.lris.serving.security.ServingAccount;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Trino CLI (resolved by the build into Maven's local repository) against the serving, as a person would use it. */
class TrinoCliIT {

    @Test
    void theCliRunsQueriesAsADistrictAccountWithItsRowFilter() throws Exception {
        RunningServing serving = TestServing.shared();
        ServingAccount tamKy = TestServing.account(TestServing.TAM_KY);
        Path cli = MavenLocalRepository.standard().require(TrinoArtifacts.CLI);
        ProcessBuilder command = new ProcessBuilder(List.of(javaProgram(), "-jar", cli.toString(),
                "--server", serving.serverUri(), "--truststore-path", serving.truststore().toString(),
                "--user", tamKy.user(), "--password", "--catalog", "lris", "--output-format", "CSV_UNQUOTED",
                "--execute", "SELECT DISTINCT unit_code FROM mart.fct_indicator_values ORDER BY 1"));
        command.environment().put("TRINO_PASSWORD", tamKy.password());

        assertThat(run(command)).containsExactly("20335", "502");
    }

    @Test
    void theSampleCommandOfTheServingWorksAsPrinted() throws Exception {
        RunningServing serving = TestServing.shared();
        String sample = serving.cliCommand(TestServing.account(TestServing.PROVINCE));
        ProcessBuilder command = new ProcessBuilder("bash", "-c",
                sample + " --output-format CSV_UNQUOTED --execute 'SELECT count(*) FROM targets'");

        assertThat(run(command)).containsExactly(Sql.single(TestServing.PROVINCE, "SELECT count(*) FROM lris.reporting.targets").toString());
    }

    private static List<String> run(ProcessBuilder command) throws IOException, InterruptedException {
        Process process = command.redirectErrorStream(false).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the Trino CLI did not finish within 60 s: " + command.command());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code; stderr: %s", errors).isZero();
        return output.lines().filter(line -> !line.isBlank()).toList();
    }

    private static String javaProgram() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

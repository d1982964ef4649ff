package vn.gov.quangnam.lris.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** SimulatorMain as ./lris demo runs it: a separate JVM that prints one line, serves, and stops on SIGTERM. */
class SimulatorMainIT {
    @TempDir
    Path directory;

    @Test
    void printsOneReadyLineServesAndStopsOnSigterm() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = directory.resolve("stdout.txt");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                SimulatorMain.class.getName(), "--port", "0", "--from", "2024-03-01", "--to", "2024-03-03",
                "--scale", "0.1"))
                .redirectOutput(output.toFile())
                .redirectError(directory.resolve("stderr.txt").toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(output).endsWith("\n"));
            String line = Files.readString(output, StandardCharsets.UTF_8).strip();
            assertThat(line).matches("SIMULATOR READY url=http://127\\.0\\.0\\.1:\\d+");
            String url = line.substring(line.indexOf("url=") + 4);
            HttpResponse<String> status = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "/admin/status")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.body()).contains("\"clockDay\":\"2024-03-03\"");

            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped by SIGTERM").isTrue();
            assertThat(Files.readAllLines(output)).as("exactly one line on standard output").containsExactly(line);
        } finally {
            process.destroyForcibly();
        }
    }
}

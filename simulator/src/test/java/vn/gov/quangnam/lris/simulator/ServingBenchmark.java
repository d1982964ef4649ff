package vn.gov.quangnam.lris.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A timing check, not a test: one client thread pages through a million dossiers in pages of 1000 over HTTP and
 * prints pages and records per second, once reading the bytes only and once parsing every page with Jackson (as an
 * ingestion would). Run it as the README says; arguments: [dossiers, default 1000000] [page size, default 1000].
 */
public final class ServingBenchmark {
    private ServingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long dossiers = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long started = System.nanoTime();
        SimulatorSettings settings = SimulatorSettings.defaults()
                .withRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                .withScale(0.01)
                .withDossierTarget(dossiers)
                .withLayout(EndpointLayout.provinceOnly());
        try (Simulator simulator = Simulator.start(settings)) {
            System.out.printf("generated %,d dossiers (and a few other records) in %.1f s%n", dossiers,
                    (System.nanoTime() - started) / 1e9);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            RestClient client = new RestClient(simulator);
            String token = client.token("province");
            for (boolean parse : new boolean[]{false, true, false, true}) {
                run(http, simulator, token, pageSize, parse);
            }
        }
    }

    private static void run(HttpClient http, Simulator simulator, String token, int pageSize, boolean parse)
            throws Exception {
        ObjectMapper json = new ObjectMapper();
        long started = System.nanoTime();
        long records = 0;
        long total = 0;
        long bytes = 0;
        int pages = Integer.MAX_VALUE;
        int page = 1;
        String from = URLEncoder.encode("2024-01-01T00:00:00+07:00", StandardCharsets.UTF_8);
        for (; page <= pages; page++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.url() + "/province/api/v1/hoso?capNhatTu="
                    + from + "&trang=" + page + "&soLuong=" + pageSize)).header("Authorization", "Bearer " + token).build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("page " + page + " answered " + response.statusCode());
            }
            bytes += response.body().length;
            if (parse || page == 1) {
                JsonNode body = json.readTree(response.body());
                pages = body.get("tongSoTrang").asInt();
                total = body.get("tongSoBanGhi").asLong();
                records += body.get("duLieu").size();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int served = page - 1;
        if (!parse) {
            records = total;
        }
        System.out.printf("%s: %,d pages of %d (%,d records, %.0f MB) in %.1f s = %.0f pages/s, %,.0f records/s%n",
                parse ? "reading and parsing" : "reading bytes only", served, pageSize, records, bytes / 1e6, seconds,
                served / seconds, records / seconds);
    }
}

package vn.gov.quangnam.lris.jobs.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.quangnam.lris.jobs.config.LrisProperties;
import vn.gov.quangnam.lris.jobs.ingestion.IngestionProperties;
import vn.gov.quangnam.lris.jobs.metadata.MetadataDatabaseConnection;
import vn.gov.quangnam.lris.simulator.EndpointKind;
import vn.gov.quangnam.lris.simulator.EndpointLayout;
import vn.gov.quangnam.lris.simulator.ResultsDatabase;
import vn.gov.quangnam.lris.simulator.Simulator;
import vn.gov.quangnam.lris.simulator.SimulatorEndpoint;
import vn.gov.quangnam.lris.simulator.SimulatorSettings;
import vn.gov.quangnam.lris.simulator.Source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's source systems: the simulator of the province's systems (REST endpoints, Điện Bàn's results register
 * as a table in its own database on the same PostgreSQL server, the forms inbox under the state directory), and the
 * ingestion endpoints that pull from it.
 */
@Component
public class DemoSources {
    private static final Logger log = LoggerFactory.getLogger(DemoSources.class);
    private static final String SIMULATOR_DATABASE = "lris_simulator";

    private final DemoProperties demo;
    private final LrisProperties lris;
    private final MetadataDatabaseConnection database;

    DemoSources(DemoProperties demo, LrisProperties lris, MetadataDatabaseConnection database) {
        this.demo = demo;
        this.lris = lris;
        this.database = database;
    }

    public Simulator start() {
        Path inbox = lris.home().resolve("inbox");
        try {
            Files.createDirectories(inbox);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the forms inbox " + inbox + ": " + e.getMessage(), e);
        }
        String resultsUrl = createSimulatorDatabase();
        SimulatorSettings settings = SimulatorSettings.defaults()
                .withSeed(demo.seed())
                .withRange(demo.firstDay(), demo.lastDay())
                .withScale(demo.scale())
                .withPort(demo.simulatorPort())
                .withLayout(EndpointLayout.standard(new ResultsDatabase(resultsUrl, database.user(), database.password()), inbox));
        log.info("starting the source simulator for {} to {} at scale {}", demo.firstDay(), demo.lastDay(), demo.scale());
        return Simulator.start(settings);
    }

    /** One ingestion endpoint per source an endpoint of the simulator serves. */
    public List<IngestionProperties.Endpoint> ingestionEndpoints(Simulator simulator) {
        List<IngestionProperties.Endpoint> endpoints = new ArrayList<>();
        for (SimulatorEndpoint endpoint : simulator.endpoints()) {
            if (endpoint.kind() == EndpointKind.REST) {
                if (endpoint.sources().contains(Source.DOSSIERS)) {
                    endpoints.add(rest(endpoint, "onestop"));
                }
                if (endpoint.sources().contains(Source.DOCUMENTS)) {
                    endpoints.add(rest(endpoint, "documents"));
                }
                if (endpoint.sources().contains(Source.RESULTS)) {
                    endpoints.add(rest(endpoint, "results"));
                }
            } else if (endpoint.kind() == EndpointKind.POSTGRES_TABLE) {
                endpoints.add(new IngestionProperties.Endpoint(endpoint.name(), "results", null, null, null,
                        endpoint.location(), database.user(), database.password(), "ket_qua_tthc", null,
                        5000, Duration.ofSeconds(30), 6, Duration.ofMillis(500), null));
            } else {
                endpoints.add(new IngestionProperties.Endpoint(endpoint.name(), "report_forms", null, null, null,
                        null, null, null, null, endpoint.location(), 1000, Duration.ofSeconds(30), 6, Duration.ofMillis(500), null));
            }
        }
        return endpoints;
    }

    private static IngestionProperties.Endpoint rest(SimulatorEndpoint endpoint, String source) {
        return new IngestionProperties.Endpoint(endpoint.name(), source, endpoint.location(), endpoint.clientId(),
                endpoint.clientSecret(), null, null, null, null, null, 5000, Duration.ofSeconds(30), 6,
                Duration.ofMillis(500), null);
    }

    private String createSimulatorDatabase() {
        String adminUrl = database.jdbcUrl().replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
        try (Connection connection = DriverManager.getConnection(adminUrl, database.user(), database.password())) {
            boolean exists;
            try (var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                statement.setString(1, SIMULATOR_DATABASE);
                exists = statement.executeQuery().next();
            }
            if (!exists) {
                connection.createStatement().execute("CREATE DATABASE " + SIMULATOR_DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the simulator's database " + SIMULATOR_DATABASE + " next to "
                    + database.jdbcUrl() + ": " + e.getMessage(), e);
        }
        return adminUrl.replaceAll("/postgres$", "/" + SIMULATOR_DATABASE);
    }
}

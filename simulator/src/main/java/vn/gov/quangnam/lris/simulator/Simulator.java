package vn.gov.quangnam.lris.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.quangnam.lris.simulator.faults.Faults;
import vn.gov.quangnam.lris.simulator.forms.FormPlan;
import vn.gov.quangnam.lris.simulator.forms.FormsInbox;
import vn.gov.quangnam.lris.simulator.generation.Feed;
import vn.gov.quangnam.lris.simulator.generation.UnitDirectory;
import vn.gov.quangnam.lris.simulator.http.SimulatorControl;
import vn.gov.quangnam.lris.simulator.http.SimulatorHttpServer;
import vn.gov.quangnam.lris.simulator.results.ResultsTable;
import vn.gov.quangnam.lris.simulator.truth.FeedTruth;
import vn.gov.quangnam.lris.simulator.truth.FormFileTruth;
import vn.gov.quangnam.lris.simulator.truth.Truth;
import vn.gov.quangnam.lris.simulator.truth.TruthCollector;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * A running simulator of the province's source systems: the REST endpoints on one HTTP server (127.0.0.1), the
 * results register tables, the forms inbox, the faults switch and the truth. Start it with {@link #start}; close it
 * to stop the server (tables and files stay).
 */
public final class Simulator implements SimulatorControl, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Simulator.class);

    private final SimulatorSettings settings;
    private final SimulatedProvince province;
    private final Faults faults;
    private final Map<String, ResultsTable> resultsTables;
    private final Optional<FormsInbox> formsInbox;
    private SimulatorHttpServer server;

    private Simulator(SimulatorSettings settings, SimulatedProvince province, Faults faults,
                      Map<String, ResultsTable> resultsTables, Optional<FormsInbox> formsInbox) {
        this.settings = settings;
        this.province = province;
        this.faults = faults;
        this.resultsTables = resultsTables;
        this.formsInbox = formsInbox;
    }

    /** Generates the records, fills the results tables, writes the ended months' forms and starts serving. */
    public static Simulator start(SimulatorSettings settings) {
        requireNonNull(settings, "settings is null");
        long started = System.nanoTime();
        UnitDirectory units = UnitDirectory.bundled();
        Faults faults = new Faults(settings.seed(), settings.layout());
        faults.addAll(settings.initialFaults());
        SimulatedProvince province = SimulatedProvince.generate(settings, units);
        Map<String, ResultsTable> tables = new LinkedHashMap<>();
        for (EndpointDefinition endpoint : settings.layout().endpoints()) {
            if (endpoint.kind() == EndpointKind.POSTGRES_TABLE) {
                ResultsTable table = new ResultsTable(endpoint.database());
                table.create();
                tables.put(endpoint.name(), table);
            }
        }
        Optional<FormsInbox> inbox = settings.layout().inbox().map(endpoint -> new FormsInbox(endpoint,
                new FormPlan(province.context(), settings.layout()), faults, province.context()));
        Simulator simulator = new Simulator(settings, province, faults, tables, inbox);
        simulator.refreshTables(tables.keySet());
        inbox.ifPresent(forms -> forms.writeEndedMonths(settings.from(), province.clockDay()));
        faults.addListener(simulator::refreshTables);
        simulator.server = SimulatorHttpServer.start(settings.port(), settings.httpThreads(), province, faults,
                settings.tokenLifetime(), simulator);
        log.info("simulator ready at {} after {} ms: {}", simulator.url(), (System.nanoTime() - started) / 1_000_000,
                province.feeds().stream().map(feed -> feed.describe() + "=" + feed.visibleCount())
                        .collect(Collectors.joining(", ")));
        return simulator;
    }

    /** {@code http://127.0.0.1:<port>}: the admin API is under {@code /admin}, each REST endpoint under its name. */
    public URI url() {
        return server.url();
    }

    public SimulatorSettings settings() {
        return settings;
    }

    @Override
    public List<SimulatorEndpoint> endpoints() {
        List<SimulatorEndpoint> endpoints = new ArrayList<>();
        for (EndpointDefinition endpoint : settings.layout().endpoints()) {
            endpoints.add(switch (endpoint.kind()) {
                case REST -> new SimulatorEndpoint(endpoint.name(), endpoint.kind(), url() + "/" + endpoint.name(),
                        endpoint.credentials().clientId(), endpoint.credentials().clientSecret(), endpoint.sources(),
                        province.unitsServedBy(endpoint));
                case POSTGRES_TABLE -> new SimulatorEndpoint(endpoint.name(), endpoint.kind(),
                        endpoint.database().jdbcUrl(), null, null, endpoint.sources(), province.unitsServedBy(endpoint));
                case INBOX_FOLDER -> new SimulatorEndpoint(endpoint.name(), endpoint.kind(),
                        endpoint.inbox().toAbsolutePath().toString(), null, null, endpoint.sources(), formUnits());
            });
        }
        return endpoints;
    }

    public SimulatorEndpoint endpoint(String name) {
        return endpoints().stream().filter(endpoint -> endpoint.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no endpoint named " + name + "; the endpoints are "
                        + settings.layout().endpoints().stream().map(EndpointDefinition::name).toList()));
    }

    /** The faults switch: add and clear rules at run time. */
    public Faults faults() {
        return faults;
    }

    @Override
    public LocalDate clockDay() {
        return province.clockDay();
    }

    /** Moves the clock one day (new records and new versions of earlier ones), updates the tables and writes the
     *  forms of a month that has just ended. Returns the new clock day. */
    @Override
    public synchronized LocalDate advanceDay() {
        LocalDate day = province.advanceDay();
        refreshTables(resultsTables.keySet());
        formsInbox.ifPresent(forms -> forms.writeEndedMonths(settings.from(), day));
        return day;
    }

    /** What is served now, for reconciliation. */
    @Override
    public Truth truth() {
        List<FeedTruth> feeds = province.feeds().stream()
                .map(feed -> TruthCollector.collect(feed, faults.recordFaults(feed.endpoint().name(), feed.source())))
                .toList();
        return new Truth(settings.seed(), province.clockDay(), feeds, formsInbox.map(FormsInbox::truth));
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }

    private synchronized void refreshTables(Set<String> endpoints) {
        for (String name : endpoints) {
            ResultsTable table = resultsTables.get(name);
            if (table != null) {
                Feed feed = province.feed(name, Source.RESULTS).orElseThrow();
                table.replaceAll(feed, faults.recordFaults(name, Source.RESULTS));
            }
        }
    }

    private Set<String> formUnits() {
        return formsInbox.map(forms -> forms.truth().files().stream().map(FormFileTruth::unitCode)
                .collect(Collectors.toCollection(TreeSet::new))).orElseGet(TreeSet::new);
    }
}

package vn.gov.quangnam.lris.simulator;

import vn.gov.quangnam.lris.schema.reference.units.Unit;
import vn.gov.quangnam.lris.simulator.documents.DocumentFactory;
import vn.gov.quangnam.lris.simulator.documents.WorkRecordFactory;
import vn.gov.quangnam.lris.simulator.generation.Feed;
import vn.gov.quangnam.lris.simulator.generation.GenerationContext;
import vn.gov.quangnam.lris.simulator.generation.RecordFactory;
import vn.gov.quangnam.lris.simulator.generation.SimulatorTime;
import vn.gov.quangnam.lris.simulator.generation.UnitDirectory;
import vn.gov.quangnam.lris.simulator.generation.VolumePlan;
import vn.gov.quangnam.lris.simulator.onestop.DossierFactory;
import vn.gov.quangnam.lris.simulator.results.IssuedResultFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * The simulated records of every endpoint and source, and the simulator's clock. Generated from the settings at
 * start (the sources in parallel); {@link #advanceDay()} adds one day. Each unit's records go to the endpoint the
 * layout assigns, valid on that day (so a commune that changed district changes system on that day if need be).
 */
public final class SimulatedProvince {
    private final SimulatorSettings settings;
    private final GenerationContext context;
    private final VolumePlan volumes;
    private final Map<Source, RecordFactory> factories = new EnumMap<>(Source.class);
    private final Map<String, Map<Source, Feed>> feeds = new LinkedHashMap<>();
    private LocalDate clockDay;

    private SimulatedProvince(SimulatorSettings settings, UnitDirectory units) {
        this.settings = requireNonNull(settings, "settings is null");
        this.context = GenerationContext.of(settings.seed(), units);
        this.volumes = new VolumePlan(settings.seed(), settings.scale(), context.profiles());
        factories.put(Source.DOSSIERS, new DossierFactory(context));
        factories.put(Source.DOCUMENTS, new DocumentFactory(context));
        factories.put(Source.WORK_RECORDS, new WorkRecordFactory(context));
        factories.put(Source.RESULTS, new IssuedResultFactory(context));
        for (EndpointDefinition endpoint : settings.layout().endpoints()) {
            Map<Source, Feed> bySource = new EnumMap<>(Source.class);
            for (Source source : endpoint.recordSources()) {
                bySource.put(source, new Feed(endpoint, source, factories.get(source), units));
            }
            feeds.put(endpoint.name(), bySource);
        }
    }

    /** Generates every record of [from, to] and sets the clock to the end of {@code to}. */
    public static SimulatedProvince generate(SimulatorSettings settings, UnitDirectory units) {
        SimulatedProvince province = new SimulatedProvince(settings, units);
        if (settings.dossierTarget() > 0) {
            province.volumes.planDossierTarget(settings.dossierTarget(), settings.from(), settings.to(), units,
                    (unit, day) -> province.endpointFor(Source.DOSSIERS, unit).isPresent());
        }
        List.copyOf(province.factories.keySet()).parallelStream().forEach(source -> {
            for (LocalDate day = settings.from(); !day.isAfter(settings.to()); day = day.plusDays(1)) {
                province.generate(source, day);
            }
        });
        province.clockDay = settings.to();
        long clockEnd = SimulatorTime.endOfDay(province.clockDay);
        province.feeds().parallelStream().forEach(feed -> feed.index(clockEnd));
        return province;
    }

    public GenerationContext context() {
        return context;
    }

    public SimulatorSettings settings() {
        return settings;
    }

    public synchronized LocalDate clockDay() {
        return clockDay;
    }

    /** Moves the clock one day: that day's new records, and the new versions of earlier records that fall in it. */
    public synchronized LocalDate advanceDay() {
        LocalDate day = clockDay.plusDays(1);
        if (day.isAfter(SimulatorSettings.LAST_DAY)) {
            throw new IllegalStateException("the simulator's clock cannot pass " + SimulatorSettings.LAST_DAY);
        }
        factories.keySet().forEach(source -> generate(source, day));
        long clockEnd = SimulatorTime.endOfDay(day);
        feeds().forEach(feed -> feed.advance(clockEnd));
        clockDay = day;
        return day;
    }

    public List<Feed> feeds() {
        List<Feed> all = new ArrayList<>();
        feeds.values().forEach(bySource -> all.addAll(bySource.values()));
        return all;
    }

    public Optional<Feed> feed(String endpoint, Source source) {
        return Optional.ofNullable(feeds.getOrDefault(endpoint, Map.of()).get(source));
    }

    /** The endpoint that serves {@code source} records of this unit interval, if a system serves it. */
    public Optional<EndpointDefinition> endpointFor(Source source, Unit unit) {
        return settings.layout().endpointFor(source, unit.level(), UnitDirectory.districtCode(unit));
    }

    /** The codes of the units whose records the endpoint serves on some day from {@code from} to the clock. */
    public Set<String> unitsServedBy(EndpointDefinition endpoint) {
        Set<String> codes = new TreeSet<>();
        for (Unit unit : context.units().intervalsOverlapping(settings.from(), clockDay())) {
            for (Source source : endpoint.recordSources()) {
                if (endpointFor(source, unit).filter(endpoint::equals).isPresent()) {
                    codes.add(unit.code());
                }
            }
        }
        return codes;
    }

    private void generate(Source source, LocalDate day) {
        List<Unit> valid = context.units().validOn(day);
        for (Unit unit : valid) {
            Optional<EndpointDefinition> endpoint = endpointFor(source, unit);
            if (endpoint.isEmpty()) {
                continue;
            }
            Feed feed = feeds.get(endpoint.get().name()).get(source);
            int count = volumes.count(source, unit, day, context.units().indexOf(unit));
            for (int ordinal = 0; ordinal < count; ordinal++) {
                feed.append(unit, day, ordinal);
            }
        }
    }
}

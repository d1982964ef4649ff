package vn.gov.quangnam.lris.simulator;

import vn.gov.quangnam.lris.schema.reference.units.UnitLevel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Which simulated system serves which units, and who sends self-reported forms.
 *
 * <p>For a record source (dossiers, documents, work records, results) a unit is served by the endpoint that names its
 * district explicitly, else by the endpoint whose scope covers all districts (the province platform); departments by
 * the endpoint whose scope includes departments. The communes of {@code districtsWhoseCommunesHaveNoSystem} have no
 * one-stop or document system at all: no records, only forms (the seven system indicators). The communes of
 * {@code districtsWhoseCommunesAlsoReportEProcessing} also send forms for {@code e_processing}, so the warehouse can
 * show the gap between self-reported and system figures. If {@code districtOfficesReportFormOnlyIndicators}, every
 * district's own office sends the indicators that only forms carry.
 */
public record EndpointLayout(List<EndpointDefinition> endpoints, Set<String> districtsWhoseCommunesHaveNoSystem,
                             Set<String> districtsWhoseCommunesAlsoReportEProcessing,
                             boolean districtOfficesReportFormOnlyIndicators) {
    /** Tây Giang and Nam Trà My: their communes have no one-stop or document system. */
    public static final Set<String> STANDARD_DISTRICTS_WITHOUT_COMMUNE_SYSTEMS = Set.of("504", "516");
    /** Phú Ninh: its communes are on the province system and also self-report e-processing. */
    public static final Set<String> STANDARD_E_PROCESSING_CROSS_CHECK_DISTRICTS = Set.of("518");

    public EndpointLayout {
        endpoints = List.copyOf(requireNonNull(endpoints, "endpoints is null"));
        districtsWhoseCommunesHaveNoSystem = Set.copyOf(requireNonNull(districtsWhoseCommunesHaveNoSystem,
                "districtsWhoseCommunesHaveNoSystem is null"));
        districtsWhoseCommunesAlsoReportEProcessing = Set.copyOf(requireNonNull(districtsWhoseCommunesAlsoReportEProcessing,
                "districtsWhoseCommunesAlsoReportEProcessing is null"));
        checkNoOverlap(endpoints);
    }

    /**
     * The province's standard layout: {@code province} (REST: dossiers, documents, work records, results; all
     * departments and every district and commune not served elsewhere), {@code tamky} (502) and {@code hoian} (503)
     * with their own one-stop and document systems (REST), {@code dienban-results} (507: the results register as a
     * PostgreSQL table; only when {@code resultsDatabase} is given, else Điện Bàn's results stay on {@code province})
     * and {@code forms} (only when {@code inbox} is given).
     */
    public static EndpointLayout standard(ResultsDatabase resultsDatabase, Path inbox) {
        Set<Source> allRecordSources = Set.of(Source.DOSSIERS, Source.DOCUMENTS, Source.WORK_RECORDS, Source.RESULTS);
        Set<Source> oneStopAndDocuments = Set.of(Source.DOSSIERS, Source.DOCUMENTS, Source.WORK_RECORDS);
        List<EndpointDefinition> endpoints = new ArrayList<>();
        endpoints.add(EndpointDefinition.rest("province", allRecordSources, UnitScope.everything(), "H49",
                new Credentials("lris-province", "province-secret")));
        endpoints.add(EndpointDefinition.rest("tamky", oneStopAndDocuments, UnitScope.districts("502"), "H49.TK",
                new Credentials("lris-tamky", "tamky-secret")));
        endpoints.add(EndpointDefinition.rest("hoian", oneStopAndDocuments, UnitScope.districts("503"), "H49.HA",
                new Credentials("lris-hoian", "hoian-secret")));
        if (resultsDatabase != null) {
            endpoints.add(EndpointDefinition.postgresTable("dienban-results", UnitScope.districts("507"), "H49.DB",
                    resultsDatabase));
        }
        if (inbox != null) {
            endpoints.add(EndpointDefinition.inboxFolder("forms", inbox));
        }
        return new EndpointLayout(endpoints, STANDARD_DISTRICTS_WITHOUT_COMMUNE_SYSTEMS,
                STANDARD_E_PROCESSING_CROSS_CHECK_DISTRICTS, true);
    }

    /** The standard REST endpoints only ({@code province}, {@code tamky}, {@code hoian}): no database, no files. */
    public static EndpointLayout restOnly() {
        return standard(null, null);
    }

    /**
     * One REST endpoint, {@code province}, serving every unit that has a system (for benchmarks: all dossiers in one
     * feed). The communes of Tây Giang and Nam Trà My still have no system.
     */
    public static EndpointLayout provinceOnly() {
        return new EndpointLayout(List.of(restOnly().endpoint("province").orElseThrow()),
                STANDARD_DISTRICTS_WITHOUT_COMMUNE_SYSTEMS, Set.of(), false);
    }

    /** This layout without the named endpoint; its units fall back to the endpoint covering all districts. */
    public EndpointLayout without(String name) {
        endpoint(name).orElseThrow(() -> new IllegalArgumentException("no endpoint named " + name + "; the layout has "
                + endpoints.stream().map(EndpointDefinition::name).toList()));
        return new EndpointLayout(endpoints.stream().filter(endpoint -> !endpoint.name().equals(name)).toList(),
                districtsWhoseCommunesHaveNoSystem, districtsWhoseCommunesAlsoReportEProcessing,
                districtOfficesReportFormOnlyIndicators);
    }

    public Optional<EndpointDefinition> endpoint(String name) {
        return endpoints.stream().filter(endpoint -> endpoint.name().equals(name)).findFirst();
    }

    public Optional<EndpointDefinition> inbox() {
        return endpoints.stream().filter(endpoint -> endpoint.kind() == EndpointKind.INBOX_FOLDER).findFirst();
    }

    /**
     * The endpoint that serves {@code source} records of a unit of the given level in the given district (null for
     * departments), or empty when no system serves that unit.
     */
    public Optional<EndpointDefinition> endpointFor(Source source, UnitLevel level, String districtCode) {
        if (level == UnitLevel.DEPARTMENT) {
            return endpoints.stream().filter(endpoint -> endpoint.serves(source) && endpoint.scope().departments())
                    .findFirst();
        }
        if (level == UnitLevel.PROVINCE) {
            return Optional.empty();
        }
        if (level == UnitLevel.COMMUNE && districtsWhoseCommunesHaveNoSystem.contains(districtCode)) {
            return Optional.empty();
        }
        Optional<EndpointDefinition> explicit = endpoints.stream()
                .filter(endpoint -> endpoint.serves(source) && endpoint.scope().namesDistrict(districtCode))
                .findFirst();
        if (explicit.isPresent()) {
            return explicit;
        }
        return endpoints.stream().filter(endpoint -> endpoint.serves(source) && endpoint.scope().allDistricts())
                .findFirst();
    }

    private static void checkNoOverlap(List<EndpointDefinition> endpoints) {
        Set<String> names = new HashSet<>();
        int inboxes = 0;
        for (EndpointDefinition endpoint : endpoints) {
            if (!names.add(endpoint.name())) {
                throw new IllegalArgumentException("two endpoints are named " + endpoint.name());
            }
            if (endpoint.kind() == EndpointKind.INBOX_FOLDER) {
                inboxes++;
            }
        }
        if (inboxes > 1) {
            throw new IllegalArgumentException("a layout has at most one forms inbox, got " + inboxes);
        }
        for (Source source : Source.values()) {
            List<EndpointDefinition> serving = endpoints.stream().filter(endpoint -> endpoint.serves(source)).toList();
            Set<String> named = new HashSet<>();
            int fallbacks = 0;
            int departments = 0;
            for (EndpointDefinition endpoint : serving) {
                for (String district : endpoint.scope().districtCodes()) {
                    if (!named.add(district)) {
                        throw new IllegalArgumentException("district " + district + " is named by two endpoints for "
                                + source.code() + "; each district's " + source.code() + " has one system");
                    }
                }
                fallbacks += endpoint.scope().allDistricts() ? 1 : 0;
                departments += endpoint.scope().departments() ? 1 : 0;
            }
            if (fallbacks > 1 || departments > 1) {
                throw new IllegalArgumentException("source " + source.code() + " has more than one endpoint covering "
                        + "all districts or the departments: " + serving.stream().map(EndpointDefinition::name).toList());
            }
        }
    }
}

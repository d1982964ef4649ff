package vn.gov.quangnam.lris.dashboards.api;

import vn.gov.quangnam.lris.dashboards.auth.Viewer;
import vn.gov.quangnam.lris.dashboards.queries.Freshness;
import vn.gov.quangnam.lris.dashboards.queries.LatestBreaches;
import vn.gov.quangnam.lris.dashboards.queries.LevelFigures;
import vn.gov.quangnam.lris.dashboards.queries.LevelSummaries;
import vn.gov.quangnam.lris.dashboards.queries.MonthlySeries;
import vn.gov.quangnam.lris.dashboards.queries.ReportingPeriod;
import vn.gov.quangnam.lris.dashboards.queries.ReportingPeriods;
import vn.gov.quangnam.lris.dashboards.queries.TrinoConnections;
import vn.gov.quangnam.lris.dashboards.queries.UnitValues;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The datasets behind the pages, read as the viewer through Trino and kept in the {@link DatasetCache}. The map and the
 * rankings share one dataset (every district's and commune's figures of every indicator), so choosing another
 * indicator costs no query. Every dataset but the freshness is read for a version of the data, the freshness's
 * {@code dataAsOf}: it is read again when new figures are published, not at every refresh.
 */
final class ViewerDatasets {
    private final DatasetCache cache;
    private final TrinoConnections connections;

    ViewerDatasets(DatasetCache cache, TrinoConnections connections) {
        this.cache = requireNonNull(cache, "cache is null");
        this.connections = requireNonNull(connections, "connections is null");
    }

    DatasetCache.Result<ReportingPeriods> periods(Viewer viewer, Object version) {
        return cache.get(new DatasetCache.Key(viewer.user(), "periods"), version, () -> query(viewer, ReportingPeriods::load));
    }

    DatasetCache.Result<Freshness> freshness(Viewer viewer) {
        return cache.get(new DatasetCache.Key(viewer.user(), "freshness"), () -> query(viewer, Freshness::load));
    }

    /** The overview's figures of the latest reporting year; empty when the viewer sees no figures at all. */
    DatasetCache.Result<List<LevelFigures>> levels(Viewer viewer, Object version, Optional<ReportingPeriod> year) {
        return cache.get(new DatasetCache.Key(viewer.user(), "levels"), version, () -> year.isEmpty() ? List.of()
                : query(viewer, connection -> LevelSummaries.load(connection, year.get().periodId())));
    }

    DatasetCache.Result<Optional<UnitValues>> units(Viewer viewer, Object version, Optional<ReportingPeriod> year) {
        return cache.get(new DatasetCache.Key(viewer.user(), "units"), version, () -> year.isEmpty() ? Optional.empty()
                : Optional.of(query(viewer, connection -> UnitValues.load(connection, year.get().periodId()))));
    }

    DatasetCache.Result<Optional<MonthlySeries>> trends(Viewer viewer, Object version, Optional<ReportingPeriod> year) {
        return cache.get(new DatasetCache.Key(viewer.user(), "trends"), version, () -> year.isEmpty() ? Optional.empty()
                : Optional.of(query(viewer, connection -> MonthlySeries.load(connection, year.get().year()))));
    }

    DatasetCache.Result<LatestBreaches> breaches(Viewer viewer, Object version) {
        return cache.get(new DatasetCache.Key(viewer.user(), "breaches"), version, () -> query(viewer, LatestBreaches::load));
    }

    private <T> T query(Viewer viewer, Query<T> query) throws SQLException {
        try (Connection connection = connections.open(viewer)) {
            return query.run(connection);
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }
}

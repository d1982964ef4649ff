package vn.gov.quangnam.lris.simulator.truth;

import vn.gov.quangnam.lris.simulator.EndpointKind;
import vn.gov.quangnam.lris.simulator.Source;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * What one endpoint's source serves now: every record (key, unit, latest {@code ngayCapNhat}), the accepted records
 * counted per unit and business date, the bad records with their quarantine reason, and the records that must be
 * accepted after normalisation. {@code records} includes the bad ones.
 */
public record FeedTruth(String endpoint, Source source, EndpointKind kind, List<RecordTruth> records,
                        List<UnitDayCount> countsPerUnitAndDay, List<BadRecord> badRecords,
                        List<NormalisedRecord> normalisedRecords) {
    public FeedTruth {
        requireNonNull(endpoint, "endpoint is null");
        requireNonNull(source, "source is null");
        requireNonNull(kind, "kind is null");
        records = List.copyOf(records);
        countsPerUnitAndDay = List.copyOf(countsPerUnitAndDay);
        badRecords = List.copyOf(badRecords);
        normalisedRecords = List.copyOf(normalisedRecords);
    }

    public Map<String, RecordTruth> recordsByKey() {
        return records.stream().collect(Collectors.toMap(RecordTruth::key, Function.identity()));
    }

    public Set<String> badKeys() {
        return badRecords.stream().map(BadRecord::key).collect(Collectors.toSet());
    }

    /** The number of records a correct ingestion accepts. */
    public int acceptedCount() {
        return records.size() - badRecords.size();
    }
}

package vn.gov.quangnam.lris.simulator.truth;

import vn.gov.quangnam.lris.simulator.faults.FaultCategory;
import vn.gov.quangnam.lris.simulator.faults.FaultKind;
import vn.gov.quangnam.lris.simulator.faults.RecordFaultSelector;
import vn.gov.quangnam.lris.simulator.generation.Feed;
import vn.gov.quangnam.lris.simulator.generation.SimulatorTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the truth of a feed from its visible records and the record faults in force. */
public final class TruthCollector {
    private TruthCollector() {
    }

    public static FeedTruth collect(Feed feed, RecordFaultSelector faults) {
        List<RecordTruth> records = new ArrayList<>(feed.visibleCount());
        List<BadRecord> bad = new ArrayList<>();
        List<NormalisedRecord> normalised = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        feed.forEachVisibleEntry((id, key, unitCode, businessDate, updatedAt) -> {
            records.add(new RecordTruth(key, unitCode, SimulatorTime.toOffsetDateTime(updatedAt), businessDate));
            FaultKind fault = faults.select(id);
            if (fault != null && fault.category() == FaultCategory.BAD) {
                bad.add(new BadRecord(key, fault, fault.reason().orElseThrow()));
                return;
            }
            if (fault != null) {
                normalised.add(new NormalisedRecord(key, fault));
            }
            counts.merge(unitCode + "|" + businessDate, 1, Integer::sum);
        });
        List<UnitDayCount> perUnitAndDay = new ArrayList<>(counts.size());
        counts.forEach((unitAndDay, count) -> {
            int separator = unitAndDay.indexOf('|');
            perUnitAndDay.add(new UnitDayCount(unitAndDay.substring(0, separator),
                    LocalDate.parse(unitAndDay.substring(separator + 1)), count));
        });
        return new FeedTruth(feed.endpoint().name(), feed.source(), feed.endpoint().kind(), records, perUnitAndDay,
                bad, normalised);
    }
}

package vn.gov.quangnam.lris.ingestion;

import org.apache.iceberg.data.Record;
import vn.gov.quangnam.lris.ingestion.common.SourceTimestamps;
import vn.gov.quangnam.lris.schema.tables.RawReportFormsTable;
import vn.gov.quangnam.lris.schema.tables.RawLineage;
import vn.gov.quangnam.lris.simulator.truth.BadFormRow;
import vn.gov.quangnam.lris.simulator.truth.BadRecord;
import vn.gov.quangnam.lris.simulator.truth.FeedTruth;
import vn.gov.quangnam.lris.simulator.truth.FormsTruth;
import vn.gov.quangnam.lris.simulator.truth.RecordTruth;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares what the ingestion made visible with what the simulator served (its truth). Differences are collected and
 * asserted empty with the feed named, so a failure says which records are missing, doubled, unexpected or wrong.
 */
public final class TruthReconciliation {
    private static final SourceTimestamps TIMESTAMPS = new SourceTimestamps(SourceTimestamps.DEFAULT_ZONE, Instant.now());

    private final WarehouseContents warehouse;

    public TruthReconciliation(WarehouseContents warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * The feed's raw rows are exactly its accepted records: every accepted key present with its latest
     * {@code ngayCapNhat}, its unit and its business date; no version landed twice; no other key; no bad record.
     */
    public void assertLandedExactly(FeedTruth truth) {
        assertLandedExactly(truth, truth.endpoint());
    }

    /** Like {@link #assertLandedExactly(FeedTruth)} for rows that an ingestion endpoint named {@code landedAs} landed. */
    public void assertLandedExactly(FeedTruth truth, String landedAs) {
        RawFeed feed = RawFeed.of(truth.source());
        String name = landedAs + " (" + truth.endpoint() + "/" + truth.source().code() + ")";
        List<LandedRow> rows = warehouse.landed(feed, landedAs);
        Set<String> badKeys = truth.badKeys();
        Map<String, RecordTruth> accepted = truth.records().stream().filter(record -> !badKeys.contains(record.key()))
                .collect(Collectors.toMap(RecordTruth::key, Function.identity()));
        assertThat(accepted).as("accepted records of %s (a test that reconciles nothing proves nothing)", name).isNotEmpty();

        assertThat(duplicates(rows.stream().map(LandedRow::version).toList()))
                .as("versions of %s landed more than once", name).isEmpty();
        Map<String, LandedRow> latest = rows.stream().collect(Collectors.toMap(LandedRow::key, Function.identity(),
                (first, second) -> first.updatedAt().isAfter(second.updatedAt()) ? first : second));
        assertThat(difference(accepted.keySet(), latest.keySet())).as("accepted records of %s not landed", name).isEmpty();
        assertThat(difference(latest.keySet(), accepted.keySet())).as("keys landed for %s that the truth does not accept", name).isEmpty();
        List<String> wrong = new ArrayList<>();
        latest.forEach((key, row) -> {
            RecordTruth expected = accepted.get(key);
            Record columns = row.columns();
            if (!row.updatedAt().equals(expected.updatedAt().toInstant())) {
                wrong.add(key + ": latest updated_at " + row.updatedAt() + ", the source's latest " + expected.updatedAt());
            }
            if (!expected.unitCode().equals(feed.unitCode(columns))) {
                wrong.add(key + ": unit " + feed.unitCode(columns) + ", sent by " + expected.unitCode());
            }
            if (!expected.businessDate().equals(feed.businessDate(columns))) {
                wrong.add(key + ": business date " + feed.businessDate(columns) + ", the source's " + expected.businessDate());
            }
        });
        assertThat(wrong).as("landed rows of %s that differ from the source", name).isEmpty();
    }

    /**
     * Every bad record of the feed is in {@code quality.quarantine} exactly once in the version served now, with the
     * truth's reason category; no version is quarantined twice and no good record is quarantined.
     */
    public void assertQuarantinedOnce(FeedTruth truth) {
        assertQuarantinedOnce(truth, truth.endpoint());
    }

    /** Like {@link #assertQuarantinedOnce(FeedTruth)} for records that an ingestion endpoint named {@code landedAs} read. */
    public void assertQuarantinedOnce(FeedTruth truth, String landedAs) {
        RawFeed feed = RawFeed.of(truth.source());
        String name = landedAs + " (" + truth.endpoint() + "/" + truth.source().code() + ")";
        List<QuarantinedRecord> quarantined = warehouse.quarantined(feed.quarantineSource(), landedAs);
        Map<String, BadRecord> bad = truth.badRecords().stream().collect(Collectors.toMap(BadRecord::key, Function.identity()));
        Map<String, RecordTruth> served = truth.recordsByKey();

        assertThat(duplicates(quarantined.stream().map(QuarantinedRecord::version).toList()))
                .as("versions of %s quarantined more than once", name).isEmpty();
        List<String> wrong = new ArrayList<>();
        for (QuarantinedRecord record : quarantined) {
            BadRecord expected = bad.get(record.key());
            if (expected == null) {
                wrong.add(record.key() + " quarantined but not bad: " + record.reason());
            } else if (!expected.reason().code().equals(record.reasonCategory())) {
                wrong.add(record.key() + " (" + expected.fault().code() + ") quarantined as " + record.reason()
                        + ", expected " + expected.reason().code());
            }
        }
        assertThat(wrong).as("quarantined records of %s", name).isEmpty();
        Set<String> quarantinedNow = quarantined.stream()
                .filter(record -> bad.containsKey(record.key()))
                .filter(record -> sentAt(record).equals(served.get(record.key()).updatedAt().toInstant()))
                .map(QuarantinedRecord::key)
                .collect(Collectors.toSet());
        assertThat(difference(bad.keySet(), quarantinedNow))
                .as("bad records of %s missing from the quarantine in the version served now", name).isEmpty();
    }

    /**
     * {@code raw.report_form_rows} holds exactly the expected (unit, month, indicator, numerator, denominator) rows
     * from their files, and each bad form is quarantined: a resent form once, a form of an unknown unit row by row,
     * an impossible figure once for its indicator; nothing else, and nothing twice.
     */
    public void assertFormsReconcile(FormsTruth truth) {
        List<String> landed = warehouse.rows(RawReportFormsTable.IDENTIFIER).stream()
                .filter(row -> truth.endpoint().equals(row.getField(RawLineage.SOURCE_ENDPOINT)))
                .map(row -> formRow((String) row.getField("unit_code"), (String) row.getField("report_month"),
                        (String) row.getField("indicator_code"), (BigDecimal) row.getField("numerator"),
                        (BigDecimal) row.getField("denominator"), (String) row.getField("file_name")))
                .toList();
        List<String> expected = truth.expectedRows().stream()
                .map(row -> formRow(row.unitCode(), row.month().toString(), row.indicator(), BigDecimal.valueOf(row.numerator()),
                        BigDecimal.valueOf(row.denominator()), row.fileName()))
                .toList();
        assertThat(expected).as("expected form rows (a test that reconciles nothing proves nothing)").isNotEmpty();
        assertThat(landed).as("rows landed from the forms inbox").containsExactlyInAnyOrderElementsOf(expected);

        List<QuarantinedRecord> quarantined = warehouse.quarantined("report_forms", truth.endpoint());
        assertThat(duplicates(quarantined.stream().map(QuarantinedRecord::payload).toList()))
                .as("form records quarantined more than once").isEmpty();
        Map<String, List<QuarantinedRecord>> byFile = quarantined.stream()
                .collect(Collectors.groupingBy(record -> record.payloadJson().path("tep").asText()));
        Map<String, BadFormRow> badFiles = truth.badRows().stream()
                .collect(Collectors.toMap(BadFormRow::fileName, Function.identity()));
        assertThat(new TreeSet<>(byFile.keySet())).as("files with quarantined rows").isEqualTo(new TreeSet<>(badFiles.keySet()));
        List<String> wrong = new ArrayList<>();
        badFiles.forEach((file, bad) -> {
            List<QuarantinedRecord> records = byFile.get(file);
            records.stream().filter(record -> !record.reasonCategory().equals(bad.reason().code()))
                    .forEach(record -> wrong.add(file + " (" + bad.fault().code() + ") quarantined as " + record.reason()));
            if (bad.indicator() != null) {
                if (records.size() != 1 || !indicatorOf(records.get(0)).equals(bad.indicator())) {
                    wrong.add(file + ": expected indicator " + bad.indicator() + " quarantined once, got " + records.size()
                            + " records: " + records.stream().map(QuarantinedRecord::payload).toList());
                }
            } else if (bad.fault().code().equals("duplicate_form") && records.size() != 1) {
                wrong.add(file + ": a resent form is one quarantined record, got " + records.size());
            }
        });
        assertThat(wrong).as("quarantined forms").isEmpty();
    }

    private static String formRow(String unit, String month, String indicator, BigDecimal numerator, BigDecimal denominator,
                                  String file) {
        return unit + " " + month + " " + indicator + " " + numerator.stripTrailingZeros().toPlainString() + "/"
                + denominator.stripTrailingZeros().toPlainString() + " from " + file;
    }

    private static String indicatorOf(QuarantinedRecord record) {
        return record.payloadJson().path("maChiTieu").asText().strip().toLowerCase(Locale.ROOT);
    }

    private static Instant sentAt(QuarantinedRecord record) {
        return TIMESTAMPS.instant("ngayCapNhat", record.payloadJson().path("ngayCapNhat").asText());
    }

    static <T> List<T> duplicates(List<T> values) {
        Map<T, Integer> counts = new HashMap<>();
        values.forEach(value -> counts.merge(value, 1, Integer::sum));
        return counts.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey)
                .sorted(Comparator.comparing(String::valueOf)).toList();
    }

    private static Set<String> difference(Set<String> from, Set<String> without) {
        Set<String> difference = new TreeSet<>(from);
        difference.removeAll(without);
        return difference;
    }
}

package vn.gov.quangnam.lris.ingestion.common;

import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.Transaction;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.Record;
import vn.gov.quangnam.lris.schema.load.TableFiles;
import vn.gov.quangnam.lris.schema.tables.QuarantineTable;
import vn.gov.quangnam.lris.schema.tables.RawLineage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Makes chunks of one source visible in the warehouse, crash-safe:
 * <ol>
 *   <li>quarantined records are appended to {@code quality.quarantine}, together (one transaction) with a ledger of
 *       their positions (their own {@code ngayCapNhat}, which a re-read meets unchanged) and payload hashes that the
 *       raw watermark does not cover yet;</li>
 *   <li>landed rows are appended to the raw table together (one transaction) with the endpoint's new watermark.</li>
 * </ol>
 * A crash between the two leaves the watermark where it was; the resumed run reads the chunk again, lands its rows
 * once, and skips the bad records the ledger shows as already quarantined. Nothing is lost and nothing doubled.
 */
public final class RawTableAppender {
    private static final String WATERMARK_PROPERTY = "lris.watermark.";
    private static final String QUARANTINE_LEDGER_PROPERTY = "lris.quarantine-ledger.";
    private static final int WRITERS = Math.min(2, Runtime.getRuntime().availableProcessors());
    private static final int MIN_ROWS_PER_WRITER = 2000;
    /** Iceberg's own threshold for merging manifests ({@code commit.manifest.min-count-to-merge}). */
    static final int MANIFESTS_BEFORE_COMPACTION = 100;
    private static final ExecutorService FILE_WRITERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "raw-file-writer");
        thread.setDaemon(true);
        return thread;
    });

    private final Catalog catalog;
    private final TableIdentifier rawTable;
    private final String source;

    public RawTableAppender(Catalog catalog, TableIdentifier rawTable, String source) {
        this.catalog = catalog;
        this.rawTable = rawTable;
        this.source = source;
    }

    public String source() {
        return source;
    }

    public TableIdentifier rawTable() {
        return rawTable;
    }

    /** The endpoint's committed watermark, {@link Watermark#INITIAL} before its first commit. */
    public Watermark committedWatermark(String endpoint) {
        String value = catalog.loadTable(rawTable).properties().get(WATERMARK_PROPERTY + endpoint);
        return value == null ? Watermark.INITIAL : Watermark.parse(value);
    }

    public void commit(LandingChunk chunk) {
        if (!chunk.quarantined().isEmpty()) {
            commitQuarantine(chunk);
        }
        Table table = catalog.loadTable(rawTable);
        Transaction transaction = table.newTransaction();
        if (!chunk.rows().isEmpty()) {
            AppendFiles append = transaction.newFastAppend().scanManifestsWith(new CallingThreadExecutor());
            writeDataFiles(table, chunk).forEach(append::appendFile);
            append.set("lris.endpoint", chunk.endpoint())
                    .set("lris.job-execution-id", String.valueOf(chunk.jobExecutionId()))
                    .commit();
        }
        transaction.updateProperties().set(WATERMARK_PROPERTY + chunk.endpoint(), chunk.watermark().serialize()).commit();
        transaction.commitTransaction();
    }

    /**
     * Merges the small manifests that the chunks' commits left into a few, clustered by partition, once they number
     * {@value #MANIFESTS_BEFORE_COMPACTION} or more. Each chunk is committed as a fast append (one new manifest, no
     * merging): Iceberg's merging append filters and merges the table's manifests in every commit, on a worker pool it
     * polls with 10 ms sleeps, and that was a third of a one-stop run's wall time. Compacting once per run instead
     * keeps the number of manifests a query plans over small. The commit replaces manifests only (no data changes),
     * so readers of the changes since a snapshot, as the transforms are, see nothing new.
     */
    public void compactManifests() {
        Table table = catalog.loadTable(rawTable);
        Snapshot current = table.currentSnapshot();
        if (current == null || current.dataManifests(table.io()).size() < MANIFESTS_BEFORE_COMPACTION) {
            return;
        }
        table.rewriteManifests().clusterBy(file -> file.partition().toString())
                .scanManifestsWith(new CallingThreadExecutor()).commit();
    }

    /**
     * Writes the chunk's rows into new data files, in two parts on two threads when the chunk is large enough
     * ({@value #MIN_ROWS_PER_WRITER} rows a part) and the machine has two cores: encoding Parquet is the largest part
     * of a chunk's work, and until the chunk is written this thread has nothing else to do.
     */
    private static List<DataFile> writeDataFiles(Table table, LandingChunk chunk) {
        List<ProcessedRecord.Landed> rows = chunk.rows();
        int parts = Math.max(1, Math.min(WRITERS, rows.size() / MIN_ROWS_PER_WRITER));
        int partSize = (rows.size() + parts - 1) / parts;
        List<CompletableFuture<List<DataFile>>> otherParts = new ArrayList<>();
        for (int start = partSize; start < rows.size(); start += partSize) {
            List<ProcessedRecord.Landed> part = rows.subList(start, Math.min(rows.size(), start + partSize));
            otherParts.add(CompletableFuture.supplyAsync(() -> writePart(table, part, chunk), FILE_WRITERS));
        }
        List<DataFile> files = new ArrayList<>(writePart(table, rows.subList(0, Math.min(rows.size(), partSize)), chunk));
        for (CompletableFuture<List<DataFile>> part : otherParts) {
            try {
                files.addAll(part.join());
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException cause ? cause
                        : new IllegalStateException("cannot write data files of " + table.name(), failed.getCause());
            }
        }
        return files;
    }

    private static List<DataFile> writePart(Table table, List<ProcessedRecord.Landed> rows, LandingChunk chunk) {
        if (!rows.isEmpty() && !rows.get(0).row().isLaidOutAs(table.schema())) { // one mapper, one layout per chunk
            throw new IllegalStateException(table.name() + " has the columns " + table.schema().columns()
                    + ", not the ones this version of the ingestion writes; run `lris schema apply` to bring the warehouse up to date");
        }
        List<RawRow> records = new ArrayList<>(rows.size());
        for (ProcessedRecord.Landed row : rows) {
            records.add(withLineage(row, chunk));
        }
        return RawDataFiles.write(table, records);
    }

    private void commitQuarantine(LandingChunk chunk) {
        Table quarantine = catalog.loadTable(QuarantineTable.IDENTIFIER);
        String ledgerKey = QUARANTINE_LEDGER_PROPERTY + source + "." + chunk.endpoint();
        Set<String> ledger = parseLedger(quarantine.properties().get(ledgerKey));
        Instant covered = committedWatermark(chunk.endpoint()).instant();
        Set<String> stillPending = ledger.stream()
                .filter(entry -> !ledgerPosition(entry).isBefore(covered))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Record> records = new ArrayList<>();
        for (ProcessedRecord.Quarantined bad : chunk.quarantined()) {
            String entry = bad.position().toEpochMilli() + ":" + PayloadHash.of(bad.payload());
            if (ledger.contains(entry)) {
                continue; // quarantined by an attempt that crashed before its rows were committed
            }
            stillPending.add(entry);
            records.add(quarantineRecord(quarantine, bad, chunk));
        }
        Transaction transaction = quarantine.newTransaction();
        if (!records.isEmpty()) {
            AppendFiles append = transaction.newAppend();
            TableFiles.write(quarantine, records).forEach(append::appendFile);
            append.commit();
        }
        transaction.updateProperties().set(ledgerKey, String.join(",", stillPending)).commit();
        transaction.commitTransaction();
    }

    /** The landed row with its lineage columns set. */
    private static RawRow withLineage(ProcessedRecord.Landed landed, LandingChunk chunk) {
        return landed.row().set(RawLineage.SOURCE_ENDPOINT, chunk.endpoint())
                .set(RawLineage.JOB_EXECUTION_ID, chunk.jobExecutionId())
                .set(RawLineage.INGESTED_AT, chunk.ingestedAt())
                .set(RawLineage.PAYLOAD_SHA256, landed.payloadHash());
    }

    private Record quarantineRecord(Table table, ProcessedRecord.Quarantined bad, LandingChunk chunk) {
        GenericRecord record = GenericRecord.create(table.schema());
        record.setField("source", source);
        record.setField("record_key", bad.key());
        record.setField("reason", bad.reason());
        record.setField("raw_payload", bad.payload());
        record.setField("source_endpoint", chunk.endpoint());
        record.setField("job_execution_id", chunk.jobExecutionId());
        record.setField("ingested_at", OffsetDateTime.ofInstant(chunk.ingestedAt(), ZoneOffset.UTC));
        return record;
    }

    /** Ledger entries are {@code <position epoch millis>:<payload sha256>}. */
    private static Instant ledgerPosition(String entry) {
        return Instant.ofEpochMilli(Long.parseLong(entry.substring(0, entry.indexOf(':'))));
    }

    private static Set<String> parseLedger(String value) {
        if (value == null || value.isEmpty()) {
            return new LinkedHashSet<>();
        }
        return new LinkedHashSet<>(Arrays.asList(value.split(",")));
    }
}

package vn.gov.quangnam.lris.ingestion.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.io.CloseableIterable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import vn.gov.quangnam.lris.ingestion.common.PayloadHash;
import vn.gov.quangnam.lris.ingestion.common.SourceRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads the inbox folder of self-reported forms, oldest file first, one source record per data row. A form whose
 * content was already landed under the same file name is skipped (rows a crashed run did not land are read again);
 * the same content under another name, or twice in one run, is one record marked as a duplicate, quarantined as
 * {@code duplicate_form}. A file that cannot be read as a form is one unparseable record. A record already in
 * {@code quality.quarantine} (the same payload from this endpoint) is not read again: the files stay in the inbox,
 * and a bad row is reported once, not by every run.
 */
public final class ReportFormsReader implements ItemStreamReader<SourceRecord> {
    static final String KEY_FIELD = "khoa";
    static final String SOURCE = "report_forms";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String endpoint;
    private final Path inbox;
    private final Supplier<Table> rawTable;
    private final Supplier<Table> quarantineTable;
    private final Deque<SourceRecord> buffer = new ArrayDeque<>();
    private Set<String> quarantinedPayloads = Set.of();

    public ReportFormsReader(String endpoint, Path inbox, Supplier<Table> rawTable, Supplier<Table> quarantineTable) {
        this.endpoint = endpoint;
        this.inbox = inbox;
        this.rawTable = rawTable;
        this.quarantineTable = quarantineTable;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        if (!Files.isDirectory(inbox)) {
            throw new ItemStreamException("forms endpoint " + endpoint + ": the inbox folder " + inbox
                    + " does not exist; create it or correct lris.ingestion endpoint '" + endpoint + "'");
        }
        buffer.clear();
        quarantinedPayloads = quarantinedPayloadHashes();
        Map<String, Map<String, Set<Integer>>> landed = landedRows();
        Map<String, String> firstFileOfContent = new HashMap<>();
        landed.forEach((sha, files) -> firstFileOfContent.put(sha, files.keySet().iterator().next()));
        for (Path file : inboxFiles()) {
            enqueue(FormFileParser.parse(file), landed, firstFileOfContent);
        }
    }

    @Override
    public SourceRecord read() {
        return buffer.poll();
    }

    private void enqueue(ParsedForm form, Map<String, Map<String, Set<Integer>>> landed, Map<String, String> firstFileOfContent) {
        if (!form.isReadable()) {
            ObjectNode json = JSON.createObjectNode().put("tep", form.fileName()).put(KEY_FIELD, form.fileName());
            add(SourceRecord.unparseable(endpoint, json.toString(), form.fileName() + ": " + form.problem(), form.modifiedAt()));
            return;
        }
        String original = firstFileOfContent.putIfAbsent(form.contentSha256(), form.fileName());
        if (original != null && !original.equals(form.fileName())) {
            ObjectNode json = JSON.createObjectNode().put("tep", form.fileName()).put(KEY_FIELD, form.fileName())
                    .put("formSha256", form.contentSha256()).put("trungLapVoi", original);
            add(SourceRecord.parsed(endpoint, json.toString(), json, form.modifiedAt(), form.modifiedAt()));
            return;
        }
        Set<Integer> alreadyLanded = landed.getOrDefault(form.contentSha256(), Map.of()).getOrDefault(form.fileName(), Set.of());
        for (ParsedForm.Row row : form.rows()) {
            if (alreadyLanded.contains(row.number())) {
                continue;
            }
            ObjectNode json = JSON.createObjectNode()
                    .put("tep", form.fileName())
                    .put("dong", row.number())
                    .put(KEY_FIELD, form.contentSha256() + "#" + row.number())
                    .put("formSha256", form.contentSha256())
                    .put("ngaySuaTep", form.modifiedAt().toString());
            row.cells().forEach((column, value) -> json.put(column.field(), value));
            add(SourceRecord.parsed(endpoint, json.toString(), json, form.modifiedAt(), form.modifiedAt()));
        }
    }

    private void add(SourceRecord record) {
        if (!quarantinedPayloads.contains(record.payload().sha256())) {
            buffer.add(record);
        }
    }

    private List<Path> inboxFiles() {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(ReportFormsReader::modifiedAt).thenComparing(Path::getFileName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the forms inbox " + inbox + ": " + e.getMessage(), e);
        }
    }

    /** form_sha256 → file name → row numbers already in raw.report_form_rows. */
    private Map<String, Map<String, Set<Integer>>> landedRows() {
        Map<String, Map<String, Set<Integer>>> landed = new HashMap<>();
        Table table = rawTable.get();
        try (CloseableIterable<Record> rows = IcebergGenerics.read(table).select("form_sha256", "file_name", "row_number").build()) {
            for (Record row : rows) {
                landed.computeIfAbsent((String) row.getField("form_sha256"), sha -> new java.util.LinkedHashMap<>())
                        .computeIfAbsent((String) row.getField("file_name"), name -> new HashSet<>())
                        .add((Integer) row.getField("row_number"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table.name() + ": " + e.getMessage(), e);
        }
        return landed;
    }

    /** SHA-256 of every payload this endpoint's forms already have in quality.quarantine. */
    private Set<String> quarantinedPayloadHashes() {
        Set<String> hashes = new HashSet<>();
        Table table = quarantineTable.get();
        try (CloseableIterable<Record> rows = IcebergGenerics.read(table)
                .where(Expressions.and(Expressions.equal("source", SOURCE), Expressions.equal("source_endpoint", endpoint)))
                .select("source", "source_endpoint", "raw_payload").build()) {
            for (Record row : rows) {
                hashes.add(PayloadHash.of((String) row.getField("raw_payload")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table.name() + ": " + e.getMessage(), e);
        }
        return hashes;
    }

    private static java.nio.file.attribute.FileTime modifiedAt(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.gov.quangnam.lris.ingestion.common;

import org.apache.iceberg.DataFile;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.PartitionKey;
import org.apache.iceberg.StructLike;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.parquet.InternalWriter;
import org.apache.iceberg.io.DataWriter;
import org.apache.iceberg.io.OutputFileFactory;
import org.apache.iceberg.parquet.Parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes rows in Iceberg's internal representation (timestamps as epoch microseconds, dates as epoch days) into new
 * Parquet data files of a table, one per partition, without committing them. Iceberg's generic writer takes
 * {@code OffsetDateTime} for every timestamp and turns it back into microseconds through the calendar: with the one-stop
 * table's six instants a row, that writer was 4 % of the one-stop step's profile samples, and the partition key read
 * each row again through a converting wrapper.
 */
final class RawDataFiles {
    private static final AtomicLong OPERATION_IDS = new AtomicLong(System.nanoTime());

    private final Table table;
    private final OutputFileFactory files;
    private final PartitionKey partition;
    private final Map<PartitionKey, DataWriter<StructLike>> writers = new LinkedHashMap<>();

    RawDataFiles(Table table) {
        this.table = table;
        this.files = OutputFileFactory.builderFor(table, 1, OPERATION_IDS.incrementAndGet()).format(FileFormat.PARQUET).build();
        this.partition = new PartitionKey(table.spec(), table.schema());
    }

    /** Writes the rows and returns the data files, one per partition they fall in. */
    static List<DataFile> write(Table table, Iterable<? extends StructLike> rows) {
        RawDataFiles files = new RawDataFiles(table);
        try {
            for (StructLike row : rows) {
                files.add(row);
            }
        } catch (IOException | RuntimeException e) {
            files.abort(e);
            throw e instanceof IOException io ? cannotWrite(table, io) : (RuntimeException) e;
        }
        try {
            return files.close();
        } catch (IOException e) {
            throw cannotWrite(table, e);
        }
    }

    private static UncheckedIOException cannotWrite(Table table, IOException e) {
        return new UncheckedIOException("cannot write data files of " + table.name() + ": " + e.getMessage(), e);
    }

    /** Closes the files begun, so that no handle stays open; they are never committed, so nobody reads them. */
    private void abort(Exception failure) {
        for (DataWriter<StructLike> writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException | RuntimeException closing) {
                failure.addSuppressed(closing);
            }
        }
    }

    private void add(StructLike row) throws IOException {
        partition.partition(row);
        DataWriter<StructLike> writer = writers.get(partition);
        if (writer == null) {
            PartitionKey key = partition.copy();
            writer = Parquet.writeData(files.newOutputFile(table.spec(), key))
                    .forTable(table)
                    .withPartition(key)
                    .createWriterFunc(InternalWriter::createWriter)
                    .overwrite()
                    .build();
            writers.put(key, writer);
        }
        writer.write(row);
    }

    private List<DataFile> close() throws IOException {
        List<DataFile> dataFiles = new ArrayList<>(writers.size());
        for (DataWriter<StructLike> writer : writers.values()) {
            writer.close();
            dataFiles.add(writer.toDataFile());
        }
        return dataFiles;
    }
}

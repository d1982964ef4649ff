package vn.gov.quangnam.lris.schema.load;

import org.apache.iceberg.DataFile;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.PartitionKey;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.GenericFileWriterFactory;
import org.apache.iceberg.data.InternalRecordWrapper;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.io.DataWriteResult;
import org.apache.iceberg.io.FanoutDataWriter;
import org.apache.iceberg.io.OutputFileFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes generic records into new Parquet data files of a table, one or more per partition, without committing them:
 * the caller commits the files (with whatever else must become visible at the same moment).
 */
public final class TableFiles {
    private static final long TARGET_FILE_SIZE_BYTES = 128L * 1024 * 1024;
    private static final AtomicLong OPERATION_IDS = new AtomicLong(System.currentTimeMillis());

    private TableFiles() {
    }

    public static List<DataFile> write(Table table, Iterable<Record> records) {
        GenericFileWriterFactory writers = new GenericFileWriterFactory.Builder(table)
                .dataFileFormat(FileFormat.PARQUET)
                .build();
        OutputFileFactory files = OutputFileFactory.builderFor(table, 1, OPERATION_IDS.incrementAndGet())
                .format(FileFormat.PARQUET)
                .build();
        PartitionKey partition = new PartitionKey(table.spec(), table.schema());
        InternalRecordWrapper wrapper = new InternalRecordWrapper(table.schema().asStruct());
        FanoutDataWriter<Record> writer = new FanoutDataWriter<>(writers, files, table.io(), TARGET_FILE_SIZE_BYTES);
        try (writer) {
            for (Record record : records) {
                partition.partition(wrapper.wrap(record));
                writer.write(record, table.spec(), partition);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write data files of " + table.name() + ": " + e.getMessage(), e);
        }
        DataWriteResult result = writer.result();
        return result.dataFiles();
    }
}

package vn.gov.quangnam.lris.schema.catalog;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class LocalFileSystemWithoutShellTest {
    @TempDir
    java.nio.file.Path directory;

    @Test
    void theCatalogsFileSchemeCreatesFilesAndDirectoriesWithHadoopsDefaultPermissions() throws Exception {
        try (FileSystem files = FileSystem.newInstance(URI.create("file:///"), WarehouseCatalogs.hadoopConfiguration())) {
            assertThat(files).isInstanceOf(LocalFileSystemWithoutShell.class);
            Path file = new Path(directory.resolve("month=2024-01/data.parquet").toUri());
            try (FSDataOutputStream out = files.create(file, false)) {
                out.write(new byte[]{1, 2, 3});
            }

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("month=2024-01/data.parquet"))))
                    .isEqualTo("rw-r--r--");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("month=2024-01"))))
                    .isEqualTo("rwxr-xr-x");
            assertThat(directory.resolve("month=2024-01/.data.parquet.crc")).exists();
        }
    }
}

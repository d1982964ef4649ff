package vn.gov.quangnam.lris.schema.catalog;

import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Hadoop's checksummed local file system (the {@code file:} warehouse), setting permissions through java.nio.
 * Without Hadoop's native library, which these machines do not have, {@link RawLocalFileSystem} forks a
 * {@code chmod} process for every file and directory it creates: three processes for each data file (the file, its
 * {@code .crc}, a new partition directory) and more for each commit's metadata files, 3,500 for one million dossiers.
 */
public final class LocalFileSystemWithoutShell extends LocalFileSystem {
    public LocalFileSystemWithoutShell() {
        super(new NioPermissions());
    }

    static final class NioPermissions extends RawLocalFileSystem {
        private static final PosixFilePermission[] BITS = {
                PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};

        @Override
        public void setPermission(Path path, FsPermission permission) throws IOException {
            Files.setPosixFilePermissions(pathToFile(path).toPath(), posix(permission.toShort()));
        }

        static Set<PosixFilePermission> posix(short mode) {
            Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
            for (int bit = 0; bit < BITS.length; bit++) {
                if ((mode & (1 << bit)) != 0) {
                    permissions.add(BITS[bit]);
                }
            }
            return permissions;
        }
    }
}

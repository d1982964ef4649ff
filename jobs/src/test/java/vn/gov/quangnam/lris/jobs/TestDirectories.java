package vn.gov.quangnam.lris.jobs;

import java.nio.file.Path;

/** Test helpers for temporary directories that the embedded PostgreSQL server must reach. */
public final class TestDirectories {
    private TestDirectories() {
    }

    /**
     * Lets other users traverse and list {@code directory}: when the tests run as root, PostgreSQL runs as the
     * {@code postgres} user and JUnit's temporary directories are private to root.
     */
    public static Path openToServerUser(Path directory) {
        directory.toFile().setExecutable(true, false);
        directory.toFile().setReadable(true, false);
        return directory;
    }
}

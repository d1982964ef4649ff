package vn.gov.quangnam.lris.schema.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * One reference file (units CSV, indicator or target catalogue YAML), either shipped inside the project (classpath)
 * or supplied by a deployment (a path). Its {@link #name()} is what error messages cite.
 */
public final class ReferenceFile {
    private final String name;
    private final String classpathResource;
    private final Path path;

    private ReferenceFile(String name, String classpathResource, Path path) {
        this.name = requireNonNull(name, "name is null");
        this.classpathResource = classpathResource;
        this.path = path;
    }

    /** A file shipped with the project under {@code src/main/resources/reference/}. */
    public static ReferenceFile bundled(String relativeName) {
        return new ReferenceFile("reference/" + relativeName, "reference/" + relativeName, null);
    }

    public static ReferenceFile path(Path path) {
        return new ReferenceFile(path.toAbsolutePath().normalize().toString(), null, path);
    }

    public String name() {
        return name;
    }

    public String read() {
        try {
            if (path != null) {
                return Files.readString(path, StandardCharsets.UTF_8);
            }
            try (InputStream input = ReferenceFile.class.getClassLoader().getResourceAsStream(classpathResource)) {
                if (input == null) {
                    throw new ReferenceDataException(new ReferenceProblem(name, 0, "the bundled reference file is missing from the build"));
                }
                return new String(input.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference file " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

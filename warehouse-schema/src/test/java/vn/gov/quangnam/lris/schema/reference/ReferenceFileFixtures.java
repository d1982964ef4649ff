package vn.gov.quangnam.lris.schema.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small reference files for tests of the rejection rules. */
public final class ReferenceFileFixtures {
    public static final String UNITS_HEADER = "unit_code,unit_name,unit_type,level,parent_code,valid_from,valid_to,successor_code\n";

    private ReferenceFileFixtures() {
    }

    public static ReferenceFile write(Path directory, String name, String content) {
        try {
            Path file = directory.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return ReferenceFile.path(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.gov.quangnam.lris.jobs.config;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.gov.quangnam.lris.schema.reference.ReferenceFile;
import vn.gov.quangnam.lris.schema.reference.ReferenceFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings under {@code lris.reference}: a deployment's own reference files, loaded by 'schema apply' in addition to
 * or instead of the ones shipped with the project. Relative paths are resolved against the working directory (the
 * repository root under {@code ./lris}).
 *
 * @param extraUnitFiles {@code lris.reference.extra-unit-files}, default none: unit CSV files loaded besides the
 *                       bundled Quảng Nam units (same columns)
 * @param indicatorsFile {@code lris.reference.indicators-file}, default the bundled indicator catalogue: a YAML file
 *                       that replaces it
 * @param targetsFile {@code lris.reference.targets-file}, default the bundled target catalogue: a YAML file that
 *                    replaces it
 */
@ConfigurationProperties("lris.reference")
@Validated
public record ReferenceProperties(@DefaultValue @NotNull List<Path> extraUnitFiles, Path indicatorsFile,
                                  Path targetsFile) {

    public ReferenceProperties {
        extraUnitFiles = extraUnitFiles == null ? List.of() : List.copyOf(extraUnitFiles);
        for (int index = 0; index < extraUnitFiles.size(); index++) {
            requireReadable("lris.reference.extra-unit-files[" + index + "]", extraUnitFiles.get(index));
        }
        requireReadable("lris.reference.indicators-file", indicatorsFile);
        requireReadable("lris.reference.targets-file", targetsFile);
    }

    /** The bundled reference files with this deployment's additions and replacements. */
    public ReferenceFiles referenceFiles() {
        ReferenceFiles files = ReferenceFiles.bundled().withExtraUnitFiles(extraUnitFiles);
        if (indicatorsFile != null) {
            files = files.withIndicatorsFile(ReferenceFile.path(indicatorsFile));
        }
        if (targetsFile != null) {
            files = files.withTargetsFile(ReferenceFile.path(targetsFile));
        }
        return files;
    }

    private static void requireReadable(String key, Path file) {
        if (file != null && !(Files.isRegularFile(file) && Files.isReadable(file))) {
            throw new IllegalArgumentException(key + ": " + file.toAbsolutePath().normalize()
                    + " is not a readable file");
        }
    }
}

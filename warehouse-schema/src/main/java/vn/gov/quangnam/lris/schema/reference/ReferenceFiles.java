package vn.gov.quangnam.lris.schema.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The set of reference files that 'schema apply' loads: unit files (several, e.g. one per province or one for the
 * departments), the indicator catalogue and the target catalogue.
 */
public record ReferenceFiles(List<ReferenceFile> unitFiles, ReferenceFile indicatorsFile, ReferenceFile targetsFile) {
    public ReferenceFiles {
        unitFiles = List.copyOf(requireNonNull(unitFiles, "unitFiles is null"));
        requireNonNull(indicatorsFile, "indicatorsFile is null");
        requireNonNull(targetsFile, "targetsFile is null");
        if (unitFiles.isEmpty()) {
            throw new IllegalArgumentException("at least one unit file is needed");
        }
    }

    /** The files shipped with the project: Quảng Nam's units and departments, and the province's catalogues. */
    public static ReferenceFiles bundled() {
        return new ReferenceFiles(
                List.of(ReferenceFile.bundled("units/quang-nam.csv"), ReferenceFile.bundled("units/quang-nam-departments.csv")),
                ReferenceFile.bundled("indicators.yaml"),
                ReferenceFile.bundled("targets.yaml"));
    }

    /** Adds a deployment's own unit files (e.g. another province) to these. */
    public ReferenceFiles withExtraUnitFiles(List<Path> extraUnitFiles) {
        List<ReferenceFile> all = new ArrayList<>(unitFiles);
        extraUnitFiles.forEach(path -> all.add(ReferenceFile.path(path)));
        return new ReferenceFiles(all, indicatorsFile, targetsFile);
    }

    public ReferenceFiles withIndicatorsFile(ReferenceFile file) {
        return new ReferenceFiles(unitFiles, file, targetsFile);
    }

    public ReferenceFiles withTargetsFile(ReferenceFile file) {
        return new ReferenceFiles(unitFiles, indicatorsFile, file);
    }

    public ReferenceFiles withUnitFiles(List<ReferenceFile> files) {
        return new ReferenceFiles(files, indicatorsFile, targetsFile);
    }
}

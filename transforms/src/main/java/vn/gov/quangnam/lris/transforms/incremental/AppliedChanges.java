package vn.gov.quangnam.lris.transforms.incremental;

import java.util.OptionalInt;

/**
 * What an incremental run applied to the intermediate layer: the raw rows it read and the earliest period year whose
 * contributions changed (empty when none did).
 */
public record AppliedChanges(long rawRowsRead, OptionalInt earliestYear) {
}

package vn.gov.quangnam.lris.serving.reporting;

import static java.util.Objects.requireNonNull;

/**
 * A column of a reporting view as BI users see it: name, Trino type (as {@code information_schema.columns} reports it)
 * and comment.
 */
public record ViewColumn(String name, String trinoType, String comment) {
    public ViewColumn {
        requireNonNull(name, "name is null");
        requireNonNull(trinoType, "trinoType is null");
        requireNonNull(comment, "comment is null");
        if (comment.isBlank()) {
            throw new IllegalArgumentException("reporting view column " + name + " has no comment; BI users read column comments");
        }
    }
}

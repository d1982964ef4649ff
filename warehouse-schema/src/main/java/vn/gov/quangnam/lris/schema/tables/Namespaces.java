package vn.gov.quangnam.lris.schema.tables;

import org.apache.iceberg.catalog.Namespace;

import java.util.List;

/**
 * The warehouse's layers (contract.md): {@code raw} as landed from the sources, {@code staging} one cleaned row per
 * current source record, {@code mart} what is published to dashboards, reports and BI, {@code quality} quarantine and
 * reconciliation.
 */
public final class Namespaces {
    public static final Namespace RAW = Namespace.of("raw");
    public static final Namespace STAGING = Namespace.of("staging");
    public static final Namespace MART = Namespace.of("mart");
    public static final Namespace QUALITY = Namespace.of("quality");

    public static final List<Namespace> ALL = List.of(RAW, STAGING, MART, QUALITY);

    private Namespaces() {
    }

    public static String description(Namespace namespace) {
        return switch (namespace.level(0)) {
            case "raw" -> "Records as landed from the source systems, with lineage columns";
            case "staging" -> "One cleaned row per current source record, in English business terms";
            case "mart" -> "Published dimensions and facts read by dashboards, reports and BI tools";
            case "quality" -> "Quarantined records and reconciliation figures";
            default -> throw new IllegalArgumentException("unknown namespace " + namespace);
        };
    }
}

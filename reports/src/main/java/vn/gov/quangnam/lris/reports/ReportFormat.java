package vn.gov.quangnam.lris.reports;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The formats a breach report is written in; {@link #extension()} is the file name's extension. */
public enum ReportFormat {
    HTML("html"), PDF("pdf"), XLSX("xlsx");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Parses a CLI list such as {@code pdf,xlsx,html}; an unknown name fails with the accepted ones. */
    public static Set<ReportFormat> parseList(String formats) {
        Set<ReportFormat> parsed = EnumSet.noneOf(ReportFormat.class);
        for (String name : formats.split(",")) {
            String trimmed = name.trim().toUpperCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                parsed.add(valueOf(trimmed));
            } catch (IllegalArgumentException e) {
                throw new ReportException("unknown report format '" + name.trim() + "' in --format " + formats
                        + "; use a comma-separated list of pdf, xlsx, html");
            }
        }
        if (parsed.isEmpty()) {
            throw new ReportException("--format is empty; use a comma-separated list of pdf, xlsx, html");
        }
        return parsed;
    }
}

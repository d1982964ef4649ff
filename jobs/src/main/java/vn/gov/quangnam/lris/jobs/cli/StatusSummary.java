package vn.gov.quangnam.lris.jobs.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints the transforms' status counts per indicator and level as a table a person can scan. */
final class StatusSummary {
    private StatusSummary() {
    }

    static void print(PrintWriter out, List<String> statusLines) {
        if (statusLines.isEmpty()) {
            return;
        }
        out.printf("%-42s %s%n", "indicator / level (as reported)", "periods by status");
        for (String line : statusLines.stream().sorted().toList()) {
            int firstCount = line.indexOf('=');
            int split = line.lastIndexOf(' ', firstCount);
            out.printf("%-42s %s%n", line.substring(0, split), line.substring(split + 1));
        }
    }
}

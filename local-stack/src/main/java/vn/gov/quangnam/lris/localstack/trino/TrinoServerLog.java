package vn.gov.quangnam.lris.localstack.trino;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trino's {@code server.log}, read from the position it had before this start (the launcher appends to it), so that a
 * {@value #STARTED_LINE} of an earlier run is not taken for this one.
 */
final class TrinoServerLog {
    static final String STARTED_LINE = "======== SERVER STARTED ========";
    private static final int TAIL_LINES = 40;

    private final Path file;
    private final long startOffset;

    private TrinoServerLog(Path file, long startOffset) {
        this.file = file;
        this.startOffset = startOffset;
    }

    /** Marks the current end of the log: later reads see only what is written after this call. */
    static TrinoServerLog fromCurrentEnd(Path file) {
        try {
            return new TrinoServerLog(file, Files.isRegularFile(file) ? Files.size(file) : 0);
        } catch (IOException e) {
            return new TrinoServerLog(file, 0);
        }
    }

    /** The whole file, for a log that is not appended across runs (the launcher's). */
    static TrinoServerLog whole(Path file) {
        return new TrinoServerLog(file, 0);
    }

    boolean saysStarted() {
        return newText().contains(STARTED_LINE);
    }

    /** The last lines written since the mark, without Java stack frames, for error messages. */
    String tail() {
        List<String> lines = new ArrayList<>();
        for (String line : newText().split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("at ") && !trimmed.startsWith("... ") && !trimmed.isEmpty()) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            return "(" + file + " has nothing new)";
        }
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }

    private String newText() {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (RandomAccessFile input = new RandomAccessFile(file.toFile(), "r")) {
            long length = input.length();
            long from = length < startOffset ? 0 : startOffset; // the log was rotated
            byte[] bytes = new byte[(int) Math.min(length - from, 8L * 1024 * 1024)];
            input.seek(length - bytes.length);
            input.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    Path file() {
        return file;
    }
}

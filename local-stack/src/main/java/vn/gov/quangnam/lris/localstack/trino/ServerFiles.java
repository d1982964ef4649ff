package vn.gov.quangnam.lris.localstack.trino;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Files of a local Trino that hold secrets: readable by the owner only. */
final class ServerFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ServerFiles() {
    }

    static void createPrivateDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    }

    static void makePrivate(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    /** Writes the file (0600) unless it already has exactly this content; returns whether it changed. */
    static boolean writePrivate(Path file, String content) throws IOException {
        if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
            return false;
        }
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        makePrivate(temporary);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** A random secret kept in {@code file} (0600), created on first use. */
    static String readOrCreateSecret(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        writePrivate(file, secret + "\n");
        return secret;
    }
}

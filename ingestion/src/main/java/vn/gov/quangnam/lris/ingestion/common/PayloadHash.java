package vn.gov.quangnam.lris.ingestion.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a payload as received, hex-encoded: the raw tables' {@code payload_sha256}. */
public final class PayloadHash {
    private PayloadHash() {
    }

    public static String of(String payload) {
        return of(payload.getBytes(StandardCharsets.UTF_8));
    }

    public static String of(byte[] payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}

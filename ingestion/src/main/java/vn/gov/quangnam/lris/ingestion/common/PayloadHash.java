package vn.gov.quangnam.lris.ingestion.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a payload as received, hex-encoded: the raw tables' {@code payload_sha256}. */
public final class PayloadHash {
    /** One digest per thread (a digest resets itself after each hash) instead of a provider lookup per record. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(PayloadHash::newDigest);
    private static final HexFormat HEX = HexFormat.of();

    private PayloadHash() {
    }

    public static String of(String payload) {
        return of(payload.getBytes(StandardCharsets.UTF_8));
    }

    public static String of(byte[] payload) {
        return of(payload, 0, payload.length);
    }

    /** The hash of {@code length} bytes of {@code bytes} from {@code offset}: a payload received within a page. */
    public static String of(byte[] bytes, int offset, int length) {
        MessageDigest digest = SHA_256.get();
        digest.update(bytes, offset, length);
        return HEX.formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}

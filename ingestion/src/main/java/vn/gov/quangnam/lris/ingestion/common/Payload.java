package vn.gov.quangnam.lris.ingestion.common;

import java.nio.charset.StandardCharsets;

import static java.util.Objects.requireNonNull;

/**
 * A record exactly as the source sent it: the bytes received (for a REST record, its slice of the page) and their
 * {@link PayloadHash}. The text is decoded only when someone reads it (a quarantined record): a landed row keeps
 * just the hash, and decoding every Vietnamese payload to a Java string was a quarter of the page fetcher's work.
 */
public final class Payload {
    private final byte[] bytes;
    private final int offset;
    private final int length;
    private final String sha256;
    private String text;

    private Payload(byte[] bytes, int offset, int length, String sha256, String text) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
        this.sha256 = requireNonNull(sha256, "sha256 is null");
        this.text = text;
    }

    /** A payload given as text (a JDBC row or a form row rendered as JSON). */
    public static Payload ofText(String text) {
        requireNonNull(text, "text is null");
        return new Payload(null, 0, 0, PayloadHash.of(text), text);
    }

    /** {@code length} bytes of {@code bytes} from {@code offset}, as received; hashed now, decoded when read. */
    public static Payload received(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new IndexOutOfBoundsException("payload [" + offset + ", " + (offset + length) + ") of " + bytes.length + " bytes");
        }
        return new Payload(bytes, offset, length, PayloadHash.of(bytes, offset, length), null);
    }

    /** The SHA-256 of the bytes received (of the UTF-8 text for a payload given as text). */
    public String sha256() {
        return sha256;
    }

    /** The payload as text (UTF-8 decoded; malformed bytes become U+FFFD). */
    public String text() {
        if (text == null) {
            text = new String(bytes, offset, length, StandardCharsets.UTF_8);
        }
        return text;
    }

    @Override
    public String toString() {
        return text();
    }
}
